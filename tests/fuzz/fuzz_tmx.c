/* fuzz_tmx: libFuzzer target over Tiled's XML formats (src/tiled): the .tmx and .tsx
 * reader (expat), external tilesets, and the conversion into a level.
 *
 * The input is the file's text. One that starts with "<tileset" (after the XML
 * declaration) is read as a .tsx, anything else as a .tmx. The file is named as if it
 * lay in tests/data/tiled/features/, so a mutated map's source="features.tsx" and
 * image="office_tiles_32.png" find real files; a map that reads cleanly is loaded
 * with its external tilesets and converted, as the level loader does. Nothing is
 * printed per input.
 *
 * Run through tests/fuzz/run.sh, or by hand:
 *   build/fuzz/tests/fuzz/fuzz_tmx -max_len=65536 NEW_DIR tests/fuzz/corpus/tmx */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "tiled.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef SQ_SOURCE_DIR
#error "SQ_SOURCE_DIR must name the source tree (for the tilesets next to the map)"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t fz_sum;

/* Quiet, but touch the arguments so a bad pointer still trips ASan. */
static void fz_report(void *user, const char *file, int line, const char *message)
{
    (void)user;
    fz_sum += strlen(file) + strlen(message) + (size_t)(line & 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const tld_reporter rep = {fz_report, fz_report, NULL};
    const char *text = (const char *)data;
    const char *root = memmem(text, size, "<tileset", 8);
    const char *map = memmem(text, size, "<map", 4);
    if (root && (!map || root < map)) {
        tld_tileset ts;
        tld_parse_tsx(SQ_SOURCE_DIR "/tests/data/tiled/features/fuzz.tsx", text, size, &ts, &rep);
        tld_tileset_free(&ts);
        return 0;
    }
    tld_map m;
    if (tld_parse_tmx(SQ_SOURCE_DIR "/tests/data/tiled/features/fuzz.tmx", text, size, &m, &rep)) {
        tld_load_external_tilesets(&m, SQ_SOURCE_DIR "/tools/tiled/tilesets", &rep);
        lvl_def def;
        memset(&def, 0, sizeof def);
        tld_level_options opt = {true};
        tld_to_level(&m, &def, &opt, &rep);
        lvl_free(&def);
    }
    tld_map_free(&m);
    return 0;
}
