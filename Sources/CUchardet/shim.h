// uchardet: statistical charset detection for pages that declare none (Debian's libuchardet-dev).
#ifndef SCRAPE_CUCHARDET_SHIM_H
#define SCRAPE_CUCHARDET_SHIM_H
#include <uchardet.h>
#endif
