/* test_version.c - the version and error texts are present and distinct. */
#include <stdio.h>
#include <string.h>
#include "gilkit/gil.h"

int main(void) {
    int failures = 0;
    if (strcmp(gilkit_version(), "0.1.0") != 0) { fprintf(stderr, "bad version %s\n", gilkit_version()); failures++; }
    for (int c = GILKIT_EPTHREAD; c <= GILKIT_OK; c++) {
        if (strcmp(gilkit_strerror(c), "unknown error") == 0) { fprintf(stderr, "no text for %d\n", c); failures++; }
    }
    if (strcmp(gilkit_strerror(42), "unknown error") != 0) { fprintf(stderr, "42 has a text\n"); failures++; }
    printf("test_version: %d failures\n", failures);
    return failures != 0;
}
