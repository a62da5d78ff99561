/* game_tools: the level author's command-line tools, run without a window. */
#ifndef SQ_GAME_TOOLS_H
#define SQ_GAME_TOOLS_H

#include "game.h"
#include "render.h"
#include "text.h"

/* --check: validates level files (directories are searched for *.lua, tests
 * excluded), printing FILE:LINE: message per problem to stderr. Returns the
 * number of problems; font may be NULL (then text fit is not checked). */
int game_check_paths(const char *data_root, const ren_atlas *atlas, txt_font *font, char **paths,
                     int count, int *files_checked);

/* What --test --record hears: the first case that starts a new game
 * (t.new_game), tick by tick, so its session can be written as a recording
 * that --replay plays back in the real game. */
typedef struct {
    void *user;
    /* The case's game starts at the title: its seed and day. */
    void (*start)(void *user, uint64_t seed, int32_t today);
    /* One tick: its input and the events the test made before it (a new day). */
    void (*tick)(void *user, uint32_t tick, const in_frame *in, const game_event *events, int n);
    /* The case is over: the ticks it ran and the game's hash. */
    void (*end)(void *user, uint32_t ticks, uint64_t hash);
} game_test_tap;

/* --test: runs level tests (directories are searched for *.test.lua) headless
 * (user_dir: --data-dir, whose level packs play as in the game; NULL none),
 * printing PASS/FAIL lines and the closing "N passed, N failed". Returns the
 * number of failures. */
int game_test_paths(const char *data_root, const char *user_dir, const ren_atlas *atlas,
                    char **paths, int count, int *passed, const game_test_tap *tap);

#endif
