/* version.c - the library's version and error texts. */
#include "gilkit/gil.h"

const char *gilkit_version(void) { return "0.1.0"; }

const char *gilkit_strerror(int code) {
    switch (code) {
    case GILKIT_OK: return "success";
    case GILKIT_EINVAL: return "invalid argument";
    case GILKIT_ENOMEM: return "out of memory";
    case GILKIT_ENOTHELD: return "the calling thread does not hold the lock";
    case GILKIT_EHELD: return "the calling thread already holds the lock";
    case GILKIT_EWRONGTHREAD: return "thread state used from a thread that does not own it";
    case GILKIT_ECLOSED: return "the lock or thread state is closed";
    case GILKIT_ECANCELLED: return "cancelled";
    case GILKIT_EPTHREAD: return "a pthread call failed";
    default: return "unknown error";
    }
}
