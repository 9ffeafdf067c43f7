/* The trained syntax model (model.bin beside this file), embedded in the binary so that a
 * moved netmap still finds it. Scripts/train-syntax rewrites the checksum below when it writes
 * a new model, which makes the build assemble this file again.
 * model.bin sha256: 003d26e6865f5c7e5af10d779544a9fabd03bf8929b53ffd7ca46b23262a90e0
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
