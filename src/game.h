/* game: scenes and what the player sees. game_tick is the deterministic
 * simulation (input in, state out, no SDL); game_draw paints the current
 * state; sound requests leave as cues the caller plays. */
#ifndef SQ_GAME_H
#define SQ_GAME_H

#include "input.h"
#include "render.h"
#include "text.h"

#include <stdbool.h>
#include <stdint.h>

/* Sounds the game asks for; names match assets/gen/NAME.wav. */
typedef enum {
    CUE_STEP,
    CUE_BUMP,
    CUE_PICKUP,
    CUE_TALK,
    CUE_CONFIRM,
    CUE_CANCEL,
    CUE_HURT,
    CUE_GATE,
    CUE_PORTAL,
    CUE_COUNT
} game_cue;

const char *game_cue_name(game_cue cue);

typedef struct {
    uint64_t seed;
    const ren_atlas *atlas; /* sprite names -> ids */
} game_config;

typedef struct {
    ren_context *ren;
    txt_font *font;
} game_painter;

typedef struct game game;

game *game_create(const game_config *cfg);
void game_destroy(game *g);
void game_tick(game *g, const in_frame *input);
void game_draw(game *g, game_painter *painter, float alpha);
/* Moves pending cues to out (at most max) and returns how many. */
int game_take_cues(game *g, game_cue *out, int max);
bool game_wants_quit(const game *g);
uint64_t game_hash(const game *g);
uint64_t game_ticks(const game *g);
/* The player's collider top-left in pixels; false when there is no player. */
bool game_player_position(const game *g, float *x, float *y);

#endif
