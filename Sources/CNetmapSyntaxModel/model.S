/* The trained syntax model (model.bin beside this file), embedded in the binary so that a
 * moved netmap still finds it. Scripts/train-syntax rewrites the checksum below when it writes
 * a new model, which makes the build assemble this file again.
 * model.bin sha256: f5caf657a6d53a4c021e0be4de86e8239e2032b8b04af3cb4eabb2168bbeb7cb
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
