/* fuzz_tiled: libFuzzer target over the Tiled layer decoder (src/tiled/tiled.c):
 * base64, base64+zlib, base64+gzip, base64+zstd and CSV, with the tile count a map
 * would ask for.
 *
 * Input layout (make_corpus.py writes seeds in it):
 *   byte 0    mode: bits 0-1 compression (0 none, 1 "zlib", 2 "gzip", 3 ""),
 *             bit 2 compression "zstd" instead,
 *             bit 3 encoding "csv" instead of "base64" (refused by name when
 *             compressed),
 *             bit 4 count past TLD_MAX_TILES (must be refused before any write),
 *             bits 5-6 how many bytes short of len / 4 * 3 the plain base64
 *             decode's buffer is (0..3), bit 7 a 16-byte message buffer
 *   bytes 1-2 tile count, little-endian (0..65535)
 *   rest      the layer's data text, exactly as a map's `data = "..."` holds it
 *
 * The output buffers are allocated at exactly the size the API is given, so
 * ASan catches any write past them; a successful uncompressed decode is
 * cross-checked against tld_base64_decode. */
#include "tiled.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3) return 0;
    unsigned mode = data[0];
    size_t count = (size_t)data[1] | (size_t)data[2] << 8;
    const char *text = (const char *)data + 3;
    size_t len = size - 3;

    static const char *const compressions[] = {NULL, "zlib", "gzip", ""};
    const char *compression = (mode & 4) ? "zstd" : compressions[mode & 3];
    const char *encoding = (mode & 8) ? "csv" : "base64";
    bool oversize = (mode & 16) != 0;
    size_t err_size = (mode & 128) ? 16 : 256;

    /* Exactly count gids (or one, when count is past the cap and must be refused). */
    size_t call_count = oversize ? (size_t)TLD_MAX_TILES + 1 + count : count;
    size_t out_n = oversize ? 1 : count;
    uint32_t *out = malloc((out_n ? out_n : 1) * sizeof *out);
    char *err = malloc(err_size);
    if (!out || !err) abort();
    memset(err, 'x', err_size);

    bool ok = tld_decode_layer(text, len, encoding, compression, out, call_count, err, err_size);
    if (oversize && ok) abort();                     /* the cap must hold */
    if (memchr(err, '\0', err_size) == NULL) abort(); /* the message is always terminated */
    if (!ok && err[0] == '\0') abort();              /* a failure always says why */

    /* The plain decoder, into a buffer of exactly cap bytes. */
    size_t shortfall = (mode >> 5) & 3;
    size_t cap = len / 4 * 3;
    cap = cap > shortfall ? cap - shortfall : 0;
    uint8_t *raw = malloc(cap ? cap : 1);
    if (!raw) abort();
    long n = tld_base64_decode(text, len, raw, cap);
    if (n > (long)cap) abort();

    /* Uncompressed success: the gids are the little-endian words base64 gave. */
    if (ok && !(mode & 12) && (compression == NULL || compression[0] == '\0') && shortfall == 0) {
        if (n != (long)(count * 4)) abort();
        for (size_t i = 0; i < count; i++) {
            const uint8_t *p = raw + i * 4;
            uint32_t gid = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                           (uint32_t)p[3] << 24;
            if (gid != out[i]) abort();
            tld_tile t = tld_split(gid);
            if (t.gid != (gid & TLD_GID_MASK)) abort();
        }
    }
    free(raw);
    free(err);
    free(out);
    return 0;
}
