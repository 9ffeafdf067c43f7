/* The trained syntax model (model.bin beside this file), embedded in the binary so that a
 * moved netmap still finds it. Scripts/train-syntax rewrites the checksum below when it writes
 * a new model, which makes the build assemble this file again.
 * model.bin sha256: eb7d8296aaa9a645981d647795f05c35b19c6a8781127ffcc8dc78c4669a33d9
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
