/* tiled: decodes the tile-layer data of Tiled map editor maps (base64, optionally
 * zlib- or gzip-compressed) into global tile ids. Pure libc + zlib, no Lua or SDL,
 * because map files come from outside and every byte of them is untrusted. */
#ifndef SQ_TILED_H
#define SQ_TILED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Tiled stores flip flags in the top bits of each global tile id (gid). */
#define TLD_FLIP_H 0x80000000u
#define TLD_FLIP_V 0x40000000u
#define TLD_FLIP_D 0x20000000u  /* diagonal: swap x and y (with H/V gives the 90° rotations) */
#define TLD_ROT_HEX 0x10000000u /* hexagonal maps only: 120° rotation */
#define TLD_GID_MASK 0x0fffffffu

/* Larger layers are refused: 64 MB of gids is far beyond any map this engine draws,
 * and the cap bounds what a hostile file can make us allocate. */
#define TLD_MAX_TILES (16u * 1024u * 1024u)

typedef struct {
    uint32_t gid; /* 0 means "no tile" */
    bool flip_h, flip_v, flip_d, rot_hex;
} tld_tile;

tld_tile tld_split(uint32_t raw);

/* Decodes base64 text into out and returns the number of bytes written, or -1 if the
 * text is malformed or the result would not fit in cap. ASCII whitespace anywhere is
 * skipped (Tiled wraps the data in newlines and indentation); any other character
 * outside the alphabet is rejected, and so is a missing or misplaced '=' pad: the
 * non-whitespace length must be a multiple of 4. At most len / 4 * 3 bytes come out. */
long tld_base64_decode(const char *text, size_t len, uint8_t *out, size_t cap);

/* Decodes a whole tile layer into exactly count little-endian gids.
 * encoding: only "base64" (the "lua" and "csv" array forms are parsed elsewhere).
 * compression: NULL or "" for none, "zlib" or "gzip"; anything else is refused.
 * Data that holds more or fewer than count tiles is an error naming both numbers.
 * Decompressed bytes beyond count * 4 are counted in a small scratch buffer, never
 * stored, and inflating stops 1 MB past them, so a zip bomb costs neither memory
 * nor time (its message says "more data than"). On failure, writes a one-line
 * message to err (if err_size > 0) and returns false; out may then hold partial data. */
bool tld_decode_layer(const char *data, size_t len, const char *encoding, const char *compression,
                      uint32_t *out, size_t count, char *err, size_t err_size);

#endif
