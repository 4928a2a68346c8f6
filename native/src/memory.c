/* memory.c - gilkit/memory.h: calloc/free under exported names for the Java side. */
#include <stdlib.h>

#include "gilkit/memory.h"

void *gilkit_mem_calloc(int64_t bytes) {
    if (bytes < 0 || (uint64_t)bytes > SIZE_MAX) return NULL;
    return calloc(1, bytes > 0 ? (size_t)bytes : 1);
}

void gilkit_mem_free(void *p) {
    free(p);
}
