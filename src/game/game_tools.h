/* game_tools: the level author's command-line tools, run without a window. */
#ifndef SQ_GAME_TOOLS_H
#define SQ_GAME_TOOLS_H

#include "render.h"
#include "text.h"

/* --check: validates level files (directories are searched for *.lua, tests
 * excluded), printing FILE:LINE: message per problem to stderr. Returns the
 * number of problems; font may be NULL (then text fit is not checked). */
int game_check_paths(const char *data_root, const ren_atlas *atlas, txt_font *font, char **paths,
                     int count, int *files_checked);

/* --test: runs level tests (directories are searched for *.test.lua) headless
 * (user_dir: --data-dir, whose level packs play as in the game; NULL none),
 * printing PASS/FAIL lines and the closing "N passed, N failed". Returns the
 * number of failures. */
int game_test_paths(const char *data_root, const char *user_dir, const ren_atlas *atlas,
                    char **paths, int count, int *passed);

#endif
