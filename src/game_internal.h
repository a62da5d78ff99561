/* game_internal: the game's private parts, shared by game*.c only. */
#ifndef SQ_GAME_INTERNAL_H
#define SQ_GAME_INTERNAL_H

#include "game.h"
#include "rng.h"

#define GAME_MAX_CUES 32

typedef struct game_scene game_scene;

/* A scene is a screen of the game (the room now; title, hub, codex later). */
struct game_scene {
    void (*tick)(game *g, game_scene *self, const in_frame *input);
    void (*draw)(game *g, game_scene *self, game_painter *painter, float alpha);
    uint64_t (*hash)(const game_scene *self, uint64_t seed);
    bool (*player_position)(const game_scene *self, float *x, float *y);
    void (*destroy)(game_scene *self);
};

struct game {
    const ren_atlas *atlas;
    rng_state rng;
    game_scene *scene;
    game_cue cues[GAME_MAX_CUES];
    int cue_count;
    uint64_t ticks;
    bool quit;
};

void game_cue_play(game *g, game_cue cue);
/* Looks a sprite up by name; a missing one is a data error, logged once. */
uint16_t game_sprite(game *g, const char *name);
/* Like game_sprite, and checks NAME_0..NAME_{frames-1} are consecutive ids. */
uint16_t game_anim(game *g, const char *base, int frames);

game_scene *game_room_create(game *g);

#endif
