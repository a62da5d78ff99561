/* src/tiled on its own: layer decoding (base64, CSV, flip flags, zlib/gzip/zstd payloads,
 * hostile input), the .tmx/.tsx reader on XML held in memory, and the conversion into
 * a level (scale, offsets, notes). Whole maps from files: test_tiled_maps.c. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* getrusage */
#endif
#include "test_common.h"
#include "tiled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <zlib.h>
#include <zstd.h>

/* The six gids every vector below holds: plain, flipped and rotated tiles. */
static const uint32_t SIX[6] = {1, 2, 0x80000003u, 0, 0x40000005u, 0xA0000006u};

/* Vectors made with python3 (zlib 1.2.13):
 *   raw = struct.pack('<6I', 1, 2, 0x80000003, 0, 0x40000005, 0xA0000006)
 *   base64.b64encode(raw)
 *   base64.b64encode(zlib.compress(raw))
 *   base64.b64encode(gzip.compress(raw, mtime=0)) */
#define SIX_RAW "AQAAAAIAAAADAACAAAAAAAUAAEAGAACg"
#define SIX_ZLIB "eJxjZGBgYAJiZgaGBiDFwMrA4MDGwLAAAAkoAXI="
#define SIX_GZIP "H4sIAAAAAAACA2NkYGBgAmJmBoYGIMXAysDgwMbAsAAAd+ImghgAAAA="
/* base64.b64encode(zlib.compress(raw + struct.pack('<I', 9))): seven tiles. */
#define SEVEN_ZLIB "eJxjZGBgYAJiZgaGBiDFwMrA4MDGwLCAE8gGAA8UAXs="
/* base64.b64encode(zlib.compress(b'\x01\x02\x03\x04\x05')): not whole tiles. */
#define FIVE_BYTES_ZLIB "eJxjZGJmYQUAACgAEA=="
/* Damaged copies of zlib.compress(raw) / gzip.compress(raw, mtime=0), z and g below. */
#define ZLIB_BAD_ADLER "eJxjZGBgYAJiZgaGBiDFwMrA4MDGwLAAAAkoAY0="          /* z[-1] ^= 0xff */
#define ZLIB_BAD_DEFLATE "eJycZGBgYAJiZgaGBiDFwMrA4MDGwLAAAAkoAXI="        /* z[2] ^= 0xff */
#define ZLIB_NO_CHECKSUM "eJxjZGBgYAJiZgaGBiDFwMrA4MDGwLAAAA=="            /* z[:-4] */
#define ZLIB_HALF "eJxjZGBgYAJiZgaGBiA="                                    /* z[:len(z)//2] */
#define GZIP_NO_TRAILER "H4sIAAAAAAACA2NkYGBgAmJmBoYGIMXAysDgwMbAsAAA"      /* g[:-8] */
#define GZIP_BAD_CRC "H4sIAAAAAAACA2NkYGBgAmJmBoYGIMXAysDgwMbAsAAAd+ImgxgAAAA=" /* g[-5] ^= 1 */
#define GZIP_JUNK "H4sIAAAAAAACA2NkYGBgAmJmBoYGIMXAysDgwMbAsAAAd+ImghgAAABqdW5r" /* g + b'junk' */

/* The same six, zstd as Tiled writes it (level 6, no checksum), and variants:
 *   zstd -6 --no-check; zstd -19 (with checksum); two frames (3 + 3 tiles). */
#define SIX_ZSTD "KLUv/QBYwQAAAQAAAAIAAAADAACAAAAAAAUAAEAGAACg"
#define SIX_ZSTD_CHECK "KLUv/QRowQAAAQAAAAIAAAADAACAAAAAAAUAAEAGAACgKxB3zg=="
#define SIX_ZSTD_TWO_FRAMES "KLUv/QBYYQAAAQAAAAIAAAADAACAKLUv/QBYYQAAAAAAAAUAAEAGAACg"
#define ZSTD_HALF "KLUv/QBYwQAAAQAAAAIAAA=="                         /* the first half */
#define ZSTD_BAD_CHECKSUM "KLUv/QRowQAAAQAAAAIAAAADAACAAAAAAAUAAEAGAACgKxB3zw==" /* last ^= 1 */
#define ZSTD_BAD_MAGIC "17Uv/QBYwQAAAQAAAAIAAAADAACAAAAAAAUAAEAGAACg"     /* first ^= 0xff */

static long b64(const char *text, uint8_t *out, size_t cap)
{
    return tld_base64_decode(text, strlen(text), out, cap);
}

static void assert_b64(const char *text, const char *expected)
{
    uint8_t buf[64];
    long n = b64(text, buf, sizeof buf);
    assert_int_equal(n, (long)strlen(expected));
    assert_memory_equal(buf, expected, strlen(expected));
}

/* Decodes and returns the message, asserting failure; the message must be one line. */
static const char *decode_fails_in(const char *data, const char *encoding, const char *compression,
                                   size_t count)
{
    static char err[256];
    uint32_t out[16];
    assert_true(count <= 16);
    memset(err, 0, sizeof err);
    assert_false(tld_decode_layer(data, strlen(data), encoding, compression, out, count, err, sizeof err));
    assert_true(err[0] != '\0');
    assert_null(strchr(err, '\n'));
    return err;
}

static const char *decode_fails(const char *data, const char *compression, size_t count)
{
    return decode_fails_in(data, "base64", compression, count);
}

static const char *decode_fails_as(const char *data, const char *encoding, size_t count)
{
    return decode_fails_in(data, encoding, NULL, count);
}

static void assert_contains(const char *haystack, const char *needle)
{
    if (strstr(haystack, needle) == NULL) fail_msg("'%s' does not contain '%s'", haystack, needle);
}

static void base64_rfc4648_vectors(void **state)
{
    (void)state;
    assert_b64("", "");
    assert_b64("Zg==", "f");
    assert_b64("Zm8=", "fo");
    assert_b64("Zm9v", "foo");
    assert_b64("Zm9vYg==", "foob");
    assert_b64("Zm9vYmE=", "fooba");
    assert_b64("Zm9vYmFy", "foobar");
    /* '+' and '/' are the last two letters of the alphabet. */
    uint8_t buf[3];
    assert_int_equal(b64("+/+/", buf, sizeof buf), 3);
    assert_int_equal(buf[0], 0xfb);
    assert_int_equal(buf[1], 0xff);
    assert_int_equal(buf[2], 0xbf);
}

static void base64_skips_whitespace(void **state)
{
    (void)state;
    assert_b64("\n   Zm9v\n   YmFy\n  ", "foobar");
    assert_b64("Zm 9v\tYm\r\nE =", "fooba");
    assert_b64("Zg= =\n", "f");
    assert_b64(" \t\r\n\v\f", "");
}

static void base64_rejects_bad_padding(void **state)
{
    (void)state;
    uint8_t buf[16];
    assert_int_equal(b64("Zg", buf, sizeof buf), -1);       /* unpadded */
    assert_int_equal(b64("Zg=", buf, sizeof buf), -1);      /* half padded */
    assert_int_equal(b64("Zm9vY", buf, sizeof buf), -1);    /* dangling character */
    assert_int_equal(b64("Z===", buf, sizeof buf), -1);     /* one character cannot make a byte */
    assert_int_equal(b64("====", buf, sizeof buf), -1);
    assert_int_equal(b64("=Zm9", buf, sizeof buf), -1);
    assert_int_equal(b64("Zg=a", buf, sizeof buf), -1);     /* data inside the padding */
    assert_int_equal(b64("Zm9v=", buf, sizeof buf), -1);    /* pad after a full group */
    assert_int_equal(b64("Zg===", buf, sizeof buf), -1);    /* too much padding */
    assert_int_equal(b64("Zg==Zg==", buf, sizeof buf), -1); /* data after the end */
}

static void base64_rejects_bad_characters(void **state)
{
    (void)state;
    uint8_t buf[16];
    assert_int_equal(b64("Zm9v!mFy", buf, sizeof buf), -1);
    assert_int_equal(b64("Zm-v", buf, sizeof buf), -1); /* the URL-safe alphabet is not Tiled's */
    assert_int_equal(b64("Zm_v", buf, sizeof buf), -1);
    assert_int_equal(b64("Zm9v\xc3\xa9", buf, sizeof buf), -1);
    assert_int_equal(tld_base64_decode("Zm\0v", 4, buf, sizeof buf), -1);
    assert_int_equal(tld_base64_decode(NULL, 4, buf, sizeof buf), -1);
}

static void base64_respects_capacity(void **state)
{
    (void)state;
    uint8_t buf[8];
    memset(buf, 0xee, sizeof buf);
    assert_int_equal(b64("Zm9vYmFy", buf, 5), -1);
    assert_int_equal(buf[5], 0xee);
    assert_int_equal(b64("Zm9vYmFy", buf, 6), 6);
    assert_int_equal(b64("Zg==", NULL, 0), -1);
    assert_int_equal(b64("", NULL, 0), 0);
}

static void split_reads_flip_flags(void **state)
{
    (void)state;
    tld_tile t = tld_split(0x80000005u);
    assert_int_equal(t.gid, 5);
    assert_true(t.flip_h);
    assert_false(t.flip_v || t.flip_d || t.rot_hex);

    t = tld_split(0xA0000003u);
    assert_int_equal(t.gid, 3);
    assert_true(t.flip_h && t.flip_d);
    assert_false(t.flip_v || t.rot_hex);

    t = tld_split(0x40000001u);
    assert_int_equal(t.gid, 1);
    assert_true(t.flip_v);
    assert_false(t.flip_h || t.flip_d || t.rot_hex);

    t = tld_split(0x10000007u);
    assert_int_equal(t.gid, 7);
    assert_true(t.rot_hex);
    assert_false(t.flip_h || t.flip_v || t.flip_d);

    t = tld_split(0xF0000000u);
    assert_int_equal(t.gid, 0);
    assert_true(t.flip_h && t.flip_v && t.flip_d && t.rot_hex);

    t = tld_split(0x0fffffffu);
    assert_int_equal(t.gid, 0x0fffffffu);
    assert_false(t.flip_h || t.flip_v || t.flip_d || t.rot_hex);
}

static void assert_decodes_six(const char *data, const char *compression)
{
    uint32_t out[6];
    char err[128] = "untouched";
    memset(out, 0xee, sizeof out);
    bool ok = tld_decode_layer(data, strlen(data), "base64", compression, out, 6, err, sizeof err);
    if (!ok) fail_msg("%s", err);
    assert_string_equal(err, "");
    assert_memory_equal(out, SIX, sizeof SIX);
}

static void decodes_uncompressed_layer(void **state)
{
    (void)state;
    assert_decodes_six(SIX_RAW, NULL);
    assert_decodes_six(SIX_RAW, "");
    /* As Tiled writes it inside <data>, indented. */
    assert_decodes_six("\n   " SIX_RAW "\n  ", NULL);
}

static void decodes_zlib_layer(void **state)
{
    (void)state;
    assert_decodes_six(SIX_ZLIB, "zlib");
    assert_decodes_six("\n   " SIX_ZLIB "\n  ", "zlib");
}

static void decodes_gzip_layer(void **state)
{
    (void)state;
    assert_decodes_six(SIX_GZIP, "gzip");
}

static void wrong_tile_counts_say_found_and_expected(void **state)
{
    (void)state;
    assert_string_equal(decode_fails(SIX_RAW, NULL, 7), "layer data holds 6 tiles, expected 7");
    assert_string_equal(decode_fails(SIX_RAW, NULL, 5), "layer data holds 6 tiles, expected 5");
    assert_string_equal(decode_fails(SIX_ZLIB, "zlib", 7), "zlib data holds 6 tiles, expected 7");
    assert_string_equal(decode_fails(SIX_GZIP, "gzip", 16), "gzip data holds 6 tiles, expected 16");
    assert_string_equal(decode_fails(SEVEN_ZLIB, "zlib", 6), "zlib data holds 7 tiles, expected 6");
    assert_string_equal(decode_fails(SIX_GZIP, "gzip", 0), "gzip data holds 6 tiles, expected 0");
    assert_contains(decode_fails(FIVE_BYTES_ZLIB, "zlib", 1), "5 bytes, not a whole number");
    assert_contains(decode_fails("AQIDBAU=", NULL, 1), "5 bytes, not a whole number");
}

static void corrupt_compressed_data_is_refused(void **state)
{
    (void)state;
    assert_contains(decode_fails(ZLIB_BAD_ADLER, "zlib", 6), "zlib data is corrupt (incorrect data check)");
    assert_contains(decode_fails(ZLIB_BAD_DEFLATE, "zlib", 6), "zlib data is corrupt");
    assert_contains(decode_fails(GZIP_BAD_CRC, "gzip", 6), "gzip data is corrupt (incorrect data check)");
    /* Right data, wrong label: the header tells them apart. */
    assert_contains(decode_fails(SIX_GZIP, "zlib", 6), "zlib data is corrupt (incorrect header check)");
    assert_contains(decode_fails(SIX_ZLIB, "gzip", 6), "gzip data is corrupt (incorrect header check)");
    assert_contains(decode_fails(SIX_RAW, "zlib", 6), "zlib data is corrupt");
    assert_string_equal(decode_fails(GZIP_JUNK, "gzip", 6), "gzip data has 4 bytes of trailing garbage");
}

static void truncated_streams_are_refused(void **state)
{
    (void)state;
    assert_string_equal(decode_fails(ZLIB_NO_CHECKSUM, "zlib", 6), "zlib data is truncated");
    assert_string_equal(decode_fails(ZLIB_HALF, "zlib", 6), "zlib data is truncated");
    assert_string_equal(decode_fails(GZIP_NO_TRAILER, "gzip", 6), "gzip data is truncated");
    assert_string_equal(decode_fails("eA==", "zlib", 6), "zlib data is truncated"); /* half a header */
}

static void unknown_formats_are_named(void **state)
{
    (void)state;
    char err[128];
    uint32_t out[6];
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), "base64", "lzma", out, 6, err, sizeof err));
    assert_contains(err, "'lzma'");
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), "base64", "ZLIB", out, 6, err, sizeof err));
    assert_contains(err, "'ZLIB'");
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), "xml", NULL, out, 6, err, sizeof err));
    assert_contains(err, "encoding 'xml'");
    assert_false(tld_decode_layer("1,2", 3, "csv", "zlib", out, 2, err, sizeof err));
    assert_contains(err, "CSV data is never compressed");
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), NULL, NULL, out, 6, err, sizeof err));
    assert_contains(err, "encoding");
    /* A hostile name cannot break the message onto several lines. */
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), "base64", "zs\ntd", out, 6, err, sizeof err));
    assert_contains(err, "'zs?td'");
}

static void bad_base64_in_a_layer_is_located(void **state)
{
    (void)state;
    assert_string_equal(decode_fails("AQAA*AAA", NULL, 2), "invalid base64 character '*' at offset 4");
    assert_string_equal(decode_fails("AQAA\x01""AAA", "zlib", 2), "invalid base64 byte 0x01 at offset 4");
    assert_contains(decode_fails("AQAAAA", NULL, 1), "middle of a 4-character group");
    assert_contains(decode_fails("AQ==AQ==", NULL, 1), "after its padding");
}

static void empty_input(void **state)
{
    (void)state;
    assert_string_equal(decode_fails("", NULL, 6), "layer data is empty, expected 6 tiles");
    assert_string_equal(decode_fails("\n  \n", "zlib", 6), "layer data is empty, expected 6 tiles");
    assert_string_equal(decode_fails("", "gzip", 1), "layer data is empty, expected 1 tiles");
    char err[64];
    assert_true(tld_decode_layer("", 0, "base64", NULL, NULL, 0, err, sizeof err));
    assert_true(tld_decode_layer(NULL, 0, "base64", "zlib", NULL, 0, err, sizeof err));
}

static void huge_maps_are_refused_before_allocating(void **state)
{
    (void)state;
    char err[128];
    uint32_t out[1];
    assert_false(tld_decode_layer(SIX_RAW, strlen(SIX_RAW), "base64", NULL, out, (size_t)TLD_MAX_TILES + 1, err,
                                  sizeof err));
    assert_contains(err, "map too large");
    assert_false(tld_decode_layer(SIX_ZLIB, strlen(SIX_ZLIB), "base64", "zlib", out, SIZE_MAX, err, sizeof err));
    assert_contains(err, "map too large");
}

static void small_or_missing_error_buffers_are_safe(void **state)
{
    (void)state;
    char err[8];
    uint32_t out[6];
    memset(err, 'x', sizeof err);
    assert_false(tld_decode_layer(SIX_ZLIB, strlen(SIX_ZLIB), "base64", "lzma", out, 6, err, sizeof err));
    assert_int_equal(strlen(err), sizeof err - 1);
    assert_false(tld_decode_layer(SIX_ZLIB, strlen(SIX_ZLIB), "base64", "lzma", out, 6, NULL, 0));
    assert_false(tld_decode_layer(SIX_ZLIB, strlen(SIX_ZLIB), "base64", "zlib", NULL, 6, NULL, 0));
}


/* ---- zstd and CSV ---- */

static void decodes_zstd_layer(void **state)
{
    (void)state;
    static const char *const ok[] = {SIX_ZSTD, SIX_ZSTD_CHECK, SIX_ZSTD_TWO_FRAMES};
    for (size_t i = 0; i < 3; i++) {
        uint32_t out[6];
        char err[200];
        if (!tld_decode_layer(ok[i], strlen(ok[i]), "base64", "zstd", out, 6, err, sizeof err))
            fail_msg("%s: %s", ok[i], err);
        assert_memory_equal(out, SIX, sizeof SIX);
    }
    assert_string_equal(decode_fails(SIX_ZSTD, "zstd", 5), "zstd data holds 6 tiles, expected 5");
    assert_string_equal(decode_fails(SIX_ZSTD, "zstd", 7), "zstd data holds 6 tiles, expected 7");
    assert_string_equal(decode_fails(ZSTD_HALF, "zstd", 6), "zstd data is truncated");
    assert_contains(decode_fails(ZSTD_BAD_CHECKSUM, "zstd", 6), "zstd data is corrupt");
    assert_contains(decode_fails(ZSTD_BAD_MAGIC, "zstd", 6), "zstd data is corrupt");
}

static char *base64_encode(const uint8_t *data, size_t len);

static void zstd_bomb_fails_fast(void **state)
{
    (void)state;
    size_t n = 64u << 20, cap = ZSTD_compressBound(n);
    uint8_t *zeros = calloc(n, 1), *z = malloc(cap);
    assert_true(zeros && z);
    size_t zlen = ZSTD_compress(z, cap, zeros, n, 19);
    assert_false(ZSTD_isError(zlen));
    free(zeros);
    char *text = base64_encode(z, zlen);
    free(z);
    uint32_t *out = malloc(4 * sizeof *out);
    char err[200];
    assert_false(tld_decode_layer(text, strlen(text), "base64", "zstd", out, 4, err, sizeof err));
    assert_contains(err, "zstd data holds more data than the 4 tiles expected");
    free(out);
    free(text);
}

static void decodes_csv_layer(void **state)
{
    (void)state;
    const char *csv = "1,2,2147483651,\n0,1073741829, 2684354566\n";
    uint32_t out[6];
    char err[200];
    assert_true(tld_decode_layer(csv, strlen(csv), "csv", NULL, out, 6, err, sizeof err));
    assert_memory_equal(out, SIX, sizeof SIX);
    assert_string_equal(decode_fails_as("1,2,3", "csv", 4), "CSV data holds 3 tiles, expected 4");
    assert_string_equal(decode_fails_as("1,2,3,4,5", "csv", 3), "CSV data holds 5 tiles or more, expected 3");
    assert_string_equal(decode_fails_as("1,-2", "csv", 2), "CSV data has '-' where a tile id should be (tile 2)");
    assert_string_equal(decode_fails_as("1 2", "csv", 2), "CSV data has '2' after tile 1; expected a comma");
    assert_string_equal(decode_fails_as("4294967296", "csv", 1), "CSV tile 1 is larger than any gid");
}

/* ---- zip bomb ---- */

static char *base64_encode(const uint8_t *in, size_t n)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *text = malloc((n + 2) / 3 * 4 + 1);
    assert_non_null(text);
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t g = (uint32_t)in[i] << 16;
        if (i + 1 < n) g |= (uint32_t)in[i + 1] << 8;
        if (i + 2 < n) g |= in[i + 2];
        text[o++] = alphabet[g >> 18 & 63];
        text[o++] = alphabet[g >> 12 & 63];
        text[o++] = i + 1 < n ? alphabet[g >> 6 & 63] : '=';
        text[o++] = i + 2 < n ? alphabet[g & 63] : '=';
    }
    text[o] = '\0';
    return text;
}

/* zlib-compresses `total` zero bytes from a small buffer, so that building the bomb
 * does not itself raise the process's peak memory. */
static uint8_t *compress_zeros(size_t total, size_t *out_len)
{
    static const uint8_t zeros[64 * 1024];
    size_t cap = total / 512 + 1024;
    uint8_t *buf = malloc(cap);
    assert_non_null(buf);
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit(&zs, 9), Z_OK);
    zs.next_out = buf;
    zs.avail_out = (uInt)cap;
    for (size_t left = total; left > 0;) {
        size_t chunk = left < sizeof zeros ? left : sizeof zeros;
        zs.next_in = (Bytef *)(uintptr_t)zeros;
        zs.avail_in = (uInt)chunk;
        assert_int_equal(deflate(&zs, Z_NO_FLUSH), Z_OK);
        assert_int_equal(zs.avail_in, 0);
        left -= chunk;
    }
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    *out_len = cap - zs.avail_out;
    deflateEnd(&zs);
    return buf;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
    return ru.ru_maxrss;
}

static void zip_bomb_fails_fast_without_inflating(void **state)
{
    (void)state;
    size_t zlen;
    uint8_t *bomb = compress_zeros(10u * 1024u * 1024u, &zlen);
    assert_true(zlen < 64 * 1024);
    char *text = base64_encode(bomb, zlen);
    free(bomb);

    long before = peak_rss_kb();
    uint32_t *out = malloc(4 * sizeof *out); /* on the heap so that ASan guards its end */
    assert_non_null(out);
    char err[160];
    assert_false(tld_decode_layer(text, strlen(text), "base64", "zlib", out, 4, err, sizeof err));
    assert_contains(err, "zlib data holds more data than the 4 tiles expected");
    /* Inflating the 10 MB anywhere would have raised the peak by about that much. */
    long grown_kb = peak_rss_kb() - before;
    if (grown_kb > 4 * 1024) fail_msg("peak RSS grew by %ld kB decoding a bomb into 16 bytes", grown_kb);
    free(out);
    free(text);
}

/* ---- never crashes ---- */

static uint32_t next_random(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

static void mutated_layers_never_crash(void **state)
{
    (void)state;
    static const char *const sources[] = {SIX_RAW, SIX_ZLIB, SIX_GZIP, SEVEN_ZLIB};
    static const char *const compressions[] = {NULL, "zlib", "gzip"};
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n*";
    uint32_t seed = 12345;
    char text[128];
    char err[256];
    uint32_t out[8];
    int decoded = 0;
    for (int i = 0; i < 20000; i++) {
        const char *src = sources[next_random(&seed) % 4];
        size_t len = strlen(src);
        memcpy(text, src, len);
        int edits = 1 + (int)(next_random(&seed) % 3);
        for (int e = 0; e < edits; e++)
            text[next_random(&seed) % len] = alphabet[next_random(&seed) % (sizeof alphabet - 1)];
        if (next_random(&seed) % 4 == 0) len = next_random(&seed) % (len + 1);
        size_t count = next_random(&seed) % 9;
        err[0] = 'x';
        bool ok = tld_decode_layer(text, len, "base64", compressions[next_random(&seed) % 3], out, count, err,
                                   sizeof err);
        if (ok) {
            decoded++;
            assert_string_equal(err, "");
        } else {
            assert_true(err[0] != '\0' && err[0] != 'x');
            assert_null(strchr(err, '\n'));
        }
    }
    /* Some mutations (whitespace, a flipped gid byte) still decode: the loop reached the end. */
    assert_true(decoded > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(base64_rfc4648_vectors),
        cmocka_unit_test(base64_skips_whitespace),
        cmocka_unit_test(base64_rejects_bad_padding),
        cmocka_unit_test(base64_rejects_bad_characters),
        cmocka_unit_test(base64_respects_capacity),
        cmocka_unit_test(split_reads_flip_flags),
        cmocka_unit_test(decodes_uncompressed_layer),
        cmocka_unit_test(decodes_zlib_layer),
        cmocka_unit_test(decodes_gzip_layer),
        cmocka_unit_test(wrong_tile_counts_say_found_and_expected),
        cmocka_unit_test(corrupt_compressed_data_is_refused),
        cmocka_unit_test(truncated_streams_are_refused),
        cmocka_unit_test(unknown_formats_are_named),
        cmocka_unit_test(bad_base64_in_a_layer_is_located),
        cmocka_unit_test(empty_input),
        cmocka_unit_test(huge_maps_are_refused_before_allocating),
        cmocka_unit_test(small_or_missing_error_buffers_are_safe),
        cmocka_unit_test(zip_bomb_fails_fast_without_inflating),
        cmocka_unit_test(decodes_zstd_layer),
        cmocka_unit_test(zstd_bomb_fails_fast),
        cmocka_unit_test(decodes_csv_layer),
        cmocka_unit_test(mutated_layers_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
