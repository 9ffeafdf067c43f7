/* The trained syntax model (model.bin beside this file), embedded in the binary so that a
 * moved netmap still finds it. Scripts/train-syntax rewrites the checksum below when it writes
 * a new model, which makes the build assemble this file again.
 * model.bin sha256: b39fb8b3fd884bbb7623c56e417015216c769f51a470daf02dccaa4c4a200f3d
 */
    .section .rodata
    .balign 64
    .globl netmap_syntax_model_start
netmap_syntax_model_start:
    .incbin "model.bin"
    .globl netmap_syntax_model_end
netmap_syntax_model_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
