/* The trained syntax model (model.bin beside this file), embedded in the binary so that a
 * moved netmap still finds it. Scripts/train-syntax rewrites the checksum below when it writes
 * a new model, which makes the build assemble this file again.
 * model.bin sha256: 3d4a67c6740993ea72e07a0752a3379e10b2ce9374256b19df049a6eb6d91a02
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
