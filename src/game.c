/* game: hosts the current scene, collects sound cues, hashes the state. */
#include "game_internal.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const game_cue_names[CUE_COUNT] = {
    "step", "bump", "pickup", "talk", "confirm", "cancel", "hurt", "gate_open", "portal",
};

const char *game_cue_name(game_cue cue)
{
    return (unsigned)cue < CUE_COUNT ? game_cue_names[cue] : "";
}

game *game_create(const game_config *cfg)
{
    game *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->atlas = cfg->atlas;
    rng_seed(&g->rng, cfg->seed);
    g->scene = game_room_create(g);
    if (!g->scene) {
        free(g);
        return NULL;
    }
    return g;
}

void game_destroy(game *g)
{
    if (!g) return;
    if (g->scene) g->scene->destroy(g->scene);
    free(g);
}

void game_tick(game *g, const in_frame *input)
{
    g->scene->tick(g, g->scene, input);
    g->ticks++;
}

void game_draw(game *g, game_painter *painter, float alpha)
{
    g->scene->draw(g, g->scene, painter, alpha);
}

void game_cue_play(game *g, game_cue cue)
{
    /* Dropping a cue beyond the cap is harmless: it is one frame's sounds. */
    if (g->cue_count < GAME_MAX_CUES) g->cues[g->cue_count++] = cue;
}

int game_take_cues(game *g, game_cue *out, int max)
{
    int n = g->cue_count < max ? g->cue_count : max;
    for (int i = 0; i < n; i++) out[i] = g->cues[i];
    g->cue_count = 0;
    return n;
}

bool game_wants_quit(const game *g)
{
    return g->quit;
}

uint64_t game_ticks(const game *g)
{
    return g->ticks;
}

uint64_t game_hash(const game *g)
{
    uint64_t h = g->scene->hash(g->scene, 0xcbf29ce484222325ULL);
    h ^= g->rng.state;
    h *= 0x100000001b3ULL;
    h ^= g->ticks;
    return h * 0x100000001b3ULL;
}

uint16_t game_sprite(game *g, const char *name)
{
    uint16_t id = ren_atlas_find(g->atlas, name);
    if (!id) log_error("game: sprite '%s' is not in the atlas", name);
    return id;
}

uint16_t game_anim(game *g, const char *base, int frames)
{
    char name[64];
    snprintf(name, sizeof name, "%s_0", base);
    uint16_t first = game_sprite(g, name);
    for (int i = 1; first && i < frames; i++) {
        snprintf(name, sizeof name, "%s_%d", base, i);
        if (ren_atlas_find(g->atlas, name) != first + i) {
            log_error("game: animation frame '%s' is missing or out of order", name);
            return first;
        }
    }
    return first;
}

bool game_player_position(const game *g, float *x, float *y)
{
    *x = *y = 0.0f;
    return g->scene->player_position && g->scene->player_position(g->scene, x, y);
}
