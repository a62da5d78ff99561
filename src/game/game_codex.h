/* game_codex.h: what the codex's two screens share, the overview of every
 * field (game_codex.c) and the page of one field (game_codex_field.c): the
 * catalogue as laid out once, a skill's box and its card. */
#ifndef SQ_GAME_CODEX_H
#define SQ_GAME_CODEX_H

#include "game_internal.h"

#define CODEX_MAX 512

typedef struct {
    const char *id, *short_name, *name;
} codex_field;

extern const codex_field codex_fields[];
extern const int codex_field_count;

typedef struct {
    int x, y;  /* node centre on the overview */
    int field; /* column */
    int requires[SCR_SKILL_REQUIRES]; /* indices of the prerequisites; -1 when not in the catalogue */
} codex_node;

struct game_codex {
    scr_skill_info skills[CODEX_MAX];
    codex_node nodes[CODEX_MAX];
    int count;
    int cursor; /* the chosen skill, shared by both screens */
};

/* The codex laid out, the first time it is asked for; NULL when out of memory. */
game_codex *codex_get(game *g);
/* Whether every prerequisite of the skill is held. */
bool codex_ready(const game *g, const scr_skill_info *s);
/* A skill's box, centred on (x, y): its state by fill and shape. */
void codex_draw_box(const game *g, game_painter *p, const scr_skill_info *s, int x, int y);
/* The chosen skill's card in a panel at the bottom, as tall as its words
 * need; returns the panel's top. */
int codex_card_top(const game *g, game_painter *p, const game_codex *c);
void codex_draw_card(const game *g, game_painter *p, const game_codex *c);

extern const game_screen_ops game_codex_field_ops;

#endif
