// zlib, for reading gzip-compressed pages within a byte cap.
#ifndef SCRAPE_CZLIB_SHIM_H
#define SCRAPE_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; Swift sees only functions.
static inline int scrape_inflateInitGzip(z_streamp stream) {
    // 15 window bits + 32: accept both gzip and zlib headers.
    return inflateInit2(stream, 15 + 32);
}
#endif
