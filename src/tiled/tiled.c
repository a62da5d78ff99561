/* tiled: layer data decoding. The decompressors write straight into the caller's
 * gid array, which is what bounds memory to count * 4 bytes whatever the input. */
#include "tiled.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ZLIB_CONST /* makes next_in a const pointer */
#include <zlib.h>
#include <zstd.h>

tld_tile tld_split(uint32_t raw)
{
    tld_tile t;
    t.gid = raw & TLD_GID_MASK;
    t.flip_h = (raw & TLD_FLIP_H) != 0;
    t.flip_v = (raw & TLD_FLIP_V) != 0;
    t.flip_d = (raw & TLD_FLIP_D) != 0;
    t.rot_hex = (raw & TLD_ROT_HEX) != 0;
    return t;
}

/* ---- base64 ---- */

typedef enum {
    B64_OK,
    B64_BAD_CHAR,  /* outside the alphabet and not whitespace */
    B64_BAD_PAD,   /* '=' too early, or something other than '=' after it */
    B64_AFTER_END, /* data after a padded group */
    B64_PARTIAL,   /* text ends in the middle of a 4-character group */
    B64_NO_ROOM,
} b64_status;

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static bool is_ascii_space(unsigned char c)
{
    /* Not isspace(): its answer depends on the locale. */
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* *where is the offset of the offending character (or len for B64_PARTIAL). */
static b64_status b64_decode(const char *text, size_t len, uint8_t *out, size_t cap,
                             size_t *written, size_t *where)
{
    uint32_t group = 0;
    int filled = 0; /* characters of the current group, '=' included */
    int pad = 0;
    bool ended = false;
    size_t n = 0;

    *written = 0;
    *where = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (is_ascii_space(c)) continue;
        *where = i;
        if (ended) return c == '=' ? B64_BAD_PAD : B64_AFTER_END;
        if (c == '=') {
            /* One character carries only 6 bits, so at least two precede any pad. */
            if (filled < 2) return B64_BAD_PAD;
            pad++;
            group <<= 6;
        } else {
            int v = b64_value(c);
            if (v < 0) return B64_BAD_CHAR;
            if (pad > 0) return B64_BAD_PAD;
            group = (group << 6) | (uint32_t)v;
        }
        if (++filled < 4) continue;

        /* Leftover bits below the last byte are ignored, as Qt (Tiled) and Python do. */
        size_t bytes = (size_t)(3 - pad);
        if (cap - n < bytes) return B64_NO_ROOM;
        out[n++] = (uint8_t)(group >> 16);
        if (bytes > 1) out[n++] = (uint8_t)(group >> 8);
        if (bytes > 2) out[n++] = (uint8_t)group;
        ended = pad > 0;
        filled = 0;
        group = 0;
    }
    if (filled != 0) {
        *where = len;
        return B64_PARTIAL;
    }
    *written = n;
    return B64_OK;
}

long tld_base64_decode(const char *text, size_t len, uint8_t *out, size_t cap)
{
    if (len > 0 && text == NULL) return -1;
    if (cap > 0 && out == NULL) return -1;
    size_t written, where;
    if (b64_decode(text, len, out, cap, &written, &where) != B64_OK) return -1;
    if (written > (size_t)LONG_MAX) return -1;
    return (long)written;
}

/* ---- layer ---- */

static bool fail(char *err, size_t err_size, const char *fmt, ...)
{
    if (err != NULL && err_size > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_size, fmt, ap);
        va_end(ap);
    }
    return false;
}

/* Names from the map file are echoed in messages; keep the message one short line. */
static void printable(const char *s, char *buf, size_t size)
{
    size_t n = 0;
    for (; s[n] != '\0' && n + 1 < size; n++) {
        unsigned char c = (unsigned char)s[n];
        buf[n] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
    }
    buf[n] = '\0';
}

/* Gids are little-endian in the file whatever the host; converting in place is safe
 * because each gid is read whole before its own four bytes are overwritten. */
static void bytes_to_gids(uint32_t *gids, size_t count)
{
    const uint8_t *b = (const uint8_t *)gids;
    for (size_t i = 0; i < count; i++) {
        const uint8_t *p = b + i * 4;
        gids[i] = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    }
}

static bool check_size(size_t bytes, size_t count, const char *what, char *err, size_t err_size)
{
    if (bytes % 4 != 0)
        return fail(err, err_size, "%s is %zu bytes, not a whole number of 4-byte tiles (expected %zu tiles)",
                    what, bytes, count);
    if (bytes / 4 != count)
        return fail(err, err_size, "%s holds %zu tiles, expected %zu", what, bytes / 4, count);
    return true;
}

/* How far past the expected size we keep inflating to say exactly how many tiles a
 * too-long layer holds: enough for any plausible width/height mistake, and a bound
 * on the work a zip bomb can make us do. */
#define TLD_EXTRA_LIMIT (1024u * 1024u)

static bool inflate_layer(const uint8_t *src, size_t src_len, bool gzip, uint32_t *out, size_t count,
                          char *err, size_t err_size)
{
    const char *what = gzip ? "gzip data" : "zlib data";
    if (src_len > UINT_MAX) return fail(err, err_size, "%s is too large (%zu bytes)", what, src_len);

    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, gzip ? 15 + 16 : 15) != Z_OK)
        return fail(err, err_size, "cannot start decompressing %s (out of memory)", what);

    /* Output beyond count * 4 bytes goes to a small scratch buffer that is only
     * counted, never kept: memory stays bounded whatever the stream claims. */
    uint8_t scratch[4096];
    size_t extra = 0; /* bytes inflated into scratch before its current fill */
    size_t cap = count * 4;
    bool in_scratch = count == 0;
    zs.next_in = src;
    zs.avail_in = (uInt)src_len;
    zs.next_out = in_scratch ? scratch : (Bytef *)out;
    zs.avail_out = in_scratch ? (uInt)sizeof scratch : (uInt)cap;

    bool ok = false;
    for (;;) {
        int rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            if (zs.avail_in != 0) {
                fail(err, err_size, "%s has %u bytes of trailing garbage", what, zs.avail_in);
            } else {
                size_t got = in_scratch ? cap + extra + (sizeof scratch - zs.avail_out) : cap - zs.avail_out;
                ok = check_size(got, count, what, err, err_size);
            }
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            char msg[64];
            printable(zs.msg != NULL ? zs.msg : "unknown error", msg, sizeof msg);
            fail(err, err_size, "%s is corrupt (%s)", what, msg);
            break;
        }
        if (zs.avail_out == 0) {
            if (in_scratch) extra += sizeof scratch;
            if (extra >= TLD_EXTRA_LIMIT) {
                fail(err, err_size, "%s holds more data than the %zu tiles expected (gave up %zu bytes past them)",
                     what, count, extra);
                break;
            }
            in_scratch = true;
            zs.next_out = scratch;
            zs.avail_out = (uInt)sizeof scratch;
            continue;
        }
        if (zs.avail_in == 0) {
            fail(err, err_size, "%s is truncated", what);
            break;
        }
        if (rc == Z_BUF_ERROR) { /* no progress with input and room both left: should not happen */
            fail(err, err_size, "%s is corrupt", what);
            break;
        }
    }
    inflateEnd(&zs);
    if (ok) bytes_to_gids(out, count);
    return ok;
}

/* The same bounds as inflate_layer: the gid array, then a counted scratch buffer. */
static bool unzstd_layer(const uint8_t *src, size_t src_len, uint32_t *out, size_t count, char *err,
                         size_t err_size)
{
    ZSTD_DStream *zs = ZSTD_createDStream();
    if (zs == NULL) return fail(err, err_size, "cannot start decompressing zstd data (out of memory)");
    /* A frame may ask for a window of up to 2 GB; Tiled's are small. */
    ZSTD_DCtx_setParameter(zs, ZSTD_d_windowLogMax, 23);
    uint8_t scratch[4096];
    size_t cap = count * 4, got = 0, extra = 0;
    ZSTD_inBuffer in = {src, src_len, 0};
    bool ok = false;
    for (;;) {
        bool in_scratch = got == cap;
        ZSTD_outBuffer o = in_scratch ? (ZSTD_outBuffer){scratch, sizeof scratch, 0}
                                      : (ZSTD_outBuffer){(uint8_t *)out + got, cap - got, 0};
        size_t rc = ZSTD_decompressStream(zs, &o, &in);
        if (ZSTD_isError(rc)) {
            char msg[64];
            printable(ZSTD_getErrorName(rc), msg, sizeof msg);
            fail(err, err_size, "zstd data is corrupt (%s)", msg);
            break;
        }
        if (in_scratch)
            extra += o.pos;
        else
            got += o.pos;
        if (extra > TLD_EXTRA_LIMIT) {
            fail(err, err_size, "zstd data holds more data than the %zu tiles expected (gave up %zu "
                                "bytes past them)", count, extra);
            break;
        }
        if (rc == 0) { /* a frame ended: more frames may follow, as zstd allows */
            if (in.pos == in.size) {
                ok = check_size(got + extra, count, "zstd data", err, err_size);
                break;
            }
            continue;
        }
        if (in.pos == in.size && o.pos < o.size) {
            fail(err, err_size, "zstd data is truncated");
            break;
        }
    }
    ZSTD_freeDStream(zs);
    if (ok) bytes_to_gids(out, count);
    return ok;
}

/* "1,2,0,\n3,..." as the TMX writes CSV: unsigned decimal gids, commas, whitespace. */
static bool csv_layer(const char *data, size_t len, uint32_t *out, size_t count, char *err,
                      size_t err_size)
{
    size_t n = 0, i = 0;
    for (;;) {
        while (i < len && is_ascii_space((unsigned char)data[i])) i++;
        if (i == len) break;
        if (data[i] < '0' || data[i] > '9') {
            unsigned char c = (unsigned char)data[i];
            if (c >= 0x20 && c < 0x7f)
                return fail(err, err_size, "CSV data has '%c' where a tile id should be (tile %zu)",
                            (char)c, n + 1);
            return fail(err, err_size, "CSV data has byte 0x%02x where a tile id should be", c);
        }
        uint64_t v = 0;
        while (i < len && data[i] >= '0' && data[i] <= '9') {
            v = v * 10 + (uint64_t)(data[i++] - '0');
            if (v > 0xffffffffu) return fail(err, err_size, "CSV tile %zu is larger than any gid", n + 1);
        }
        if (n == count) {
            size_t more = 1;
            for (size_t k = i; k < len; k++) more += data[k] == ',';
            return fail(err, err_size, "CSV data holds %zu tiles or more, expected %zu", count + more,
                        count);
        }
        out[n++] = (uint32_t)v;
        while (i < len && is_ascii_space((unsigned char)data[i])) i++;
        if (i < len && data[i] == ',') i++;
        else if (i < len) {
            unsigned char c = (unsigned char)data[i];
            return fail(err, err_size, "CSV data has '%c' after tile %zu; expected a comma",
                        c >= 0x20 && c < 0x7f ? (char)c : '?', n);
        }
    }
    if (n != count) return fail(err, err_size, "CSV data holds %zu tiles, expected %zu", n, count);
    return true;
}

bool tld_decode_layer(const char *data, size_t len, const char *encoding, const char *compression,
                      uint32_t *out, size_t count, char *err, size_t err_size)
{
    if (err != NULL && err_size > 0) err[0] = '\0';
    if (data == NULL && len > 0) return fail(err, err_size, "layer data is missing");
    if (out == NULL && count > 0) return fail(err, err_size, "no room for the layer's tiles");

    char name[40];
    bool csv = encoding != NULL && strcmp(encoding, "csv") == 0;
    if (encoding == NULL || (!csv && strcmp(encoding, "base64") != 0)) {
        printable(encoding != NULL ? encoding : "(none)", name, sizeof name);
        return fail(err, err_size, "unsupported layer encoding '%s' (expected base64 or csv)", name);
    }
    bool none = compression == NULL || compression[0] == '\0';
    bool gzip = !none && strcmp(compression, "gzip") == 0;
    bool zstd = !none && strcmp(compression, "zstd") == 0;
    if (!none && (csv || (!gzip && !zstd && strcmp(compression, "zlib") != 0))) {
        printable(compression, name, sizeof name);
        return fail(err, err_size, "unsupported layer compression '%s' (expected zlib, gzip, zstd or none%s)",
                    name, csv ? ": CSV data is never compressed" : "");
    }
    if (count > TLD_MAX_TILES || count > SIZE_MAX / 4)
        return fail(err, err_size, "map too large (%zu tiles, limit %u)", count, TLD_MAX_TILES);
    if (csv) return csv_layer(data, len, out, count, err, err_size);

    /* Whitespace only still means no data; say so plainly rather than "truncated". */
    size_t first = 0;
    while (first < len && is_ascii_space((unsigned char)data[first])) first++;
    if (first == len) {
        if (count == 0) return true;
        return fail(err, err_size, "layer data is empty, expected %zu tiles", count);
    }

    size_t cap = len / 4 * 3;
    uint8_t *raw = malloc(cap > 0 ? cap : 1);
    if (raw == NULL) return fail(err, err_size, "out of memory decoding %zu bytes of layer data", len);
    size_t raw_len, where;
    bool ok = false;
    switch (b64_decode(data, len, raw, cap, &raw_len, &where)) {
    case B64_OK:
        if (none) {
            ok = check_size(raw_len, count, "layer data", err, err_size);
            if (ok && count > 0) {
                memcpy(out, raw, count * 4);
                bytes_to_gids(out, count);
            }
        } else {
            ok = zstd ? unzstd_layer(raw, raw_len, out, count, err, err_size)
                      : inflate_layer(raw, raw_len, gzip, out, count, err, err_size);
        }
        break;
    case B64_BAD_CHAR: {
        unsigned char c = (unsigned char)data[where];
        if (c >= 0x20 && c < 0x7f)
            fail(err, err_size, "invalid base64 character '%c' at offset %zu", (char)c, where);
        else
            fail(err, err_size, "invalid base64 byte 0x%02x at offset %zu", c, where);
        break;
    }
    case B64_BAD_PAD: fail(err, err_size, "misplaced base64 padding at offset %zu", where); break;
    case B64_AFTER_END: fail(err, err_size, "base64 data continues after its padding at offset %zu", where); break;
    case B64_PARTIAL: fail(err, err_size, "base64 data ends in the middle of a 4-character group"); break;
    case B64_NO_ROOM: fail(err, err_size, "base64 data is longer than expected"); break;
    }
    free(raw);
    return ok;
}
