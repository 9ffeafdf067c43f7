#ifndef CNETMAP_SYNTAX_MODEL_H
#define CNETMAP_SYNTAX_MODEL_H

#include <stddef.h>

/* Bounds of model.bin, placed by model.S. Swift cannot name the bare symbols, hence the
 * inline functions. */
extern const unsigned char netmap_syntax_model_start[];
extern const unsigned char netmap_syntax_model_end[];

static inline const unsigned char *netmap_syntax_model_bytes(void) {
    return netmap_syntax_model_start;
}

static inline size_t netmap_syntax_model_size(void) {
    return (size_t)(netmap_syntax_model_end - netmap_syntax_model_start);
}

/* Asks for the cache line at p ahead of use (the weight tables are read at random). */
static inline void netmap_syntax_prefetch(const void *p) {
    __builtin_prefetch(p, 0, 3);
}

#endif
