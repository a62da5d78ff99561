/* fuzz_level: libFuzzer target over the level loader, the Tiled map reader and
 * the checker (what `skillquest --check` runs on a level file).
 *
 * Each input is written to one file, INPUT_DIR/level.lua, where INPUT_DIR is a
 * per-process directory made once in LLVMFuzzerInitialize. Next to it are
 * symlinks to the shipped maps and Tiled exports, so a mutated level's
 * `map = "maps/office.lua"` (or "tiled/office_gzip.lua") is found and the
 * exports' `image = "office_tiles.png"` resolves:
 *
 *   INPUT_DIR/level.lua          the input
 *   INPUT_DIR/maps  ->           SQ_SOURCE_DIR/levels/office/maps
 *   INPUT_DIR/tiled ->           SQ_SOURCE_DIR/tests/data/tiled
 *   INPUT_DIR/office_tiles.png ->SQ_SOURCE_DIR/tests/data/tiled/office_tiles.png
 *
 * Each input is first loaded with small limits (16 MB, 0.2 s to load), which
 * bounds the time a `while true do end` costs; only a file that loads cleanly
 * under them is then run through scr_check_file (default limits, all reference
 * checks through quiet callbacks), so the slow path is paid only by inputs that
 * are fast anyway. Nothing is printed per input.
 *
 * Run through tests/fuzz/run.sh, or by hand:
 *   build/fuzz/tests/fuzz/fuzz_level -max_len=65536 NEW_DIR tests/fuzz/corpus/level */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkdtemp, symlink */
#endif
#include "level.h"
#include "script.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef SQ_SOURCE_DIR
#error "SQ_SOURCE_DIR must name the source tree (for scripts/ and the shipped maps)"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fz_dir[4096];
static char fz_path[4200];
static char fz_links[3][4200];
static int fz_link_count;

/* Sprites and sounds are looked up as `skillquest --check` does: a sprite is
 * known when the shipped atlas has NAME or NAME_0, a sound when
 * assets/gen/NAME.wav exists. */
#define FZ_MAX_SPRITES 256
static char fz_sprites[FZ_MAX_SPRITES][64];
static int fz_sprite_count;

static void fz_read_atlas(void)
{
    FILE *f = fopen(SQ_SOURCE_DIR "/assets/gen/atlas.txt", "r");
    if (!f) return;
    char line[256];
    while (fz_sprite_count < FZ_MAX_SPRITES && fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        if (sscanf(line, "%63s", fz_sprites[fz_sprite_count]) == 1) fz_sprite_count++;
    }
    fclose(f);
}

static bool fz_sprite_known(void *user, const char *sprite)
{
    (void)user;
    char first[96];
    snprintf(first, sizeof first, "%s_0", sprite);
    for (int i = 0; i < fz_sprite_count; i++)
        if (strcmp(sprite, fz_sprites[i]) == 0 || strcmp(first, fz_sprites[i]) == 0) return true;
    return false;
}

static bool fz_sound_known(void *user, const char *sound)
{
    (void)user;
    if (strchr(sound, '/') || strstr(sound, "..")) return false;
    char path[4300];
    snprintf(path, sizeof path, "%s/assets/gen/%s.wav", SQ_SOURCE_DIR, sound);
    return access(path, F_OK) == 0;
}

/* Roughly the dialogue font: 7 px a byte, so long lines fail the fit check. */
static int fz_text_width(void *user, const char *text, int len)
{
    (void)user;
    (void)text;
    return len * 7;
}

static void fz_report(void *user, const char *file, int line, const char *message)
{
    /* Quiet, but touch the arguments so a bad pointer still trips ASan. */
    size_t *sum = user;
    *sum += strlen(file) + strlen(message) + (size_t)(line & 1);
}

/* Notes (an untyped Tiled object) are quiet too. */
static void fz_note(void *user, const char *file, int line, const char *message)
{
    fz_report(user, file, line, message);
}

static void fz_cleanup(void)
{
    if (!fz_dir[0]) return;
    unlink(fz_path);
    for (int i = 0; i < fz_link_count; i++) unlink(fz_links[i]);
    rmdir(fz_dir);
}

static void fz_link(const char *target, const char *name)
{
    char *link = fz_links[fz_link_count];
    snprintf(link, sizeof fz_links[0], "%s/%s", fz_dir, name);
    if (symlink(target, link) == 0)
        fz_link_count++;
    else
        perror(link);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(fz_dir, sizeof fz_dir, "%s/sq-fuzz-level-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(fz_dir)) {
        perror(fz_dir);
        abort();
    }
    snprintf(fz_path, sizeof fz_path, "%s/level.lua", fz_dir);
    fz_link(SQ_SOURCE_DIR "/levels/office/maps", "maps");
    fz_link(SQ_SOURCE_DIR "/tests/data/tiled", "tiled");
    fz_link(SQ_SOURCE_DIR "/tests/data/tiled/office_tiles.png", "office_tiles.png");
    atexit(fz_cleanup);
    fz_read_atlas();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(fz_path, "wb");
    if (!f) abort();
    if (size && fwrite(data, 1, size, f) != size) abort();
    if (fclose(f) != 0) abort();

    size_t sum = 0;
    scr_env env = {SQ_SOURCE_DIR, {16u << 20, 2000000, 200000, 1.0}, NULL, 1, NULL, 0};
    lvl_def def;
    char err[1024];
    scr_level *lv = scr_level_load(fz_path, &env, &def, err, sizeof err);
    if (!lv) {
        /* scr_level_load has freed def; the message must be a proper string. */
        sum += strlen(err);
        return 0;
    }
    scr_level_destroy(lv);
    lvl_free(&def);

    scr_check_env check = {fz_report, &sum, fz_sprite_known, fz_sound_known, fz_text_width, NULL,
                           NULL, 0};
    (void)scr_check_file_noting(fz_path, SQ_SOURCE_DIR, &check, fz_note, &sum);
    return 0;
}
