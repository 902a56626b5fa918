// zlib, for reading gzip- and deflate-compressed pages within a byte cap.
#ifndef SCRAPE_CZLIB_SHIM_H
#define SCRAPE_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; Swift sees only functions.
// 15 window bits + 32: accept both gzip and zlib headers; -15: raw deflate with no header.
static inline int scrape_inflateInit(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
