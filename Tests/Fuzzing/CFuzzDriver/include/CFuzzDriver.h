// Hands control to libFuzzer when the fuzzing build linked it in.
#ifndef SCRAPE_FUZZ_DRIVER_H
#define SCRAPE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver with the command line; returns -1 when the build has no libFuzzer.
int scrape_fuzz_run_driver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
