/* game_progress: the player's skills, XP, levels won and rank, and the
 * progress handed to main to save. The save is written outside the
 * simulation: the game only says when a safe point was reached. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

bool game_grant_skill(game *g, const char *skill)
{
    game_career *pr = &g->progress;
    if (game_has_skill(g, skill)) return true;
    if (pr->skill_count == GAME_MAX_SKILLS || strlen(skill) >= sizeof pr->skills[0]) return false;
    snprintf(pr->skills[pr->skill_count++], sizeof pr->skills[0], "%s", skill);
    pr->save_wanted = true; /* a safe point: a skill is never lost */
    return true;
}

bool game_has_skill(const game *g, const char *skill)
{
    for (int i = 0; i < g->progress.skill_count; i++)
        if (strcmp(g->progress.skills[i], skill) == 0) return true;
    return false;
}

bool game_has_progress(const game *g)
{
    return g->progress.skill_count > 0 || g->progress.xp > 0 || g->progress.completed_count > 0;
}

int game_xp(const game *g)
{
    return g->progress.xp;
}

int game_skill_count(const game *g)
{
    return g->progress.skill_count;
}

const char *game_rank(const game *g)
{
    return g->progress.rank.title;
}

bool game_skill_mastered(const game *g, const char *id)
{
    const sav_skill *s = game_skill_find(g, id);
    return s && s->mastered && game_has_skill(g, id);
}

int game_mastered_count(const game *g)
{
    const sav_progress *p = &g->progress.saved;
    int n = 0;
    for (int i = 0; i < p->skill_count; i++)
        n += p->skills[i].mastered && game_has_skill(g, p->skills[i].id);
    return n;
}

void game_update_rank(game *g, bool celebrate)
{
    game_career *pr = &g->progress;
    scr_rank rank = scr_catalogue_rank(g->catalogue, pr->skills, pr->skill_count,
                                       game_mastered_count(g));
    bool up = rank.index > pr->rank.index;
    pr->rank = rank;
    if (!up || !celebrate) return;
    game_sound(g, "rank_up");
    pr->rank_flash = 150;
    char speaker[96];
    snprintf(speaker, sizeof speaker, "New rank: %s", rank.title);
    game_say_one(g, speaker, rank.card ? rank.card : rank.title);
}

/* Takes the progress a save held: what this session does not change goes
 * back out as it came. */
void game_progress_load(game *g, const sav_progress *from)
{
    game_career *pr = &g->progress;
    pr->saved = *from;
    pr->xp = (int)from->xp;
    for (int i = 0; i < from->skill_count && pr->skill_count < GAME_MAX_SKILLS; i++)
        if (from->skills[i].held)
            snprintf(pr->skills[pr->skill_count++], sizeof pr->skills[0], "%s", from->skills[i].id);
    for (int i = 0; i < from->level_count && pr->completed_count < GAME_MAX_LEVELS; i++)
        if (from->levels[i].state == SAV_LEVEL_COMPLETED)
            snprintf(pr->completed[pr->completed_count++], sizeof pr->completed[0], "%s",
                     from->levels[i].id);
}

void game_clear_progress(game *g)
{
    game_career *pr = &g->progress;
    pr->skill_count = 0;
    pr->xp = 0;
    pr->completed_count = 0;
    /* The saved progress goes too (review schedules, levels won); the
     * settings stay: they belong to the player, not to the playthrough. */
    sav_settings keep = pr->saved.settings;
    uint64_t generation = pr->saved.generation;
    sav_defaults(&pr->saved);
    pr->saved.settings = keep;
    pr->saved.generation = generation;
    pr->save_wanted = true;
    game_update_rank(g, false);
}

bool game_wants_save(const game *g)
{
    return g->progress.save_wanted;
}

void game_saved(game *g)
{
    g->progress.save_wanted = false;
}

void game_progress(game *g, sav_progress *out)
{
    game_career *pr = &g->progress;
    /* Held as the session has it: a hot reload can take back a skill. */
    for (int i = 0; i < pr->skill_count; i++) game_skill_state(g, pr->skills[i]);
    for (int i = 0; i < pr->saved.skill_count; i++)
        pr->saved.skills[i].held = game_has_skill(g, pr->saved.skills[i].id);
    *out = pr->saved;
    out->xp = pr->xp > 0 ? (uint32_t)pr->xp : 0;
    out->rank = pr->rank.index;
    out->settings = g->settings;
    for (int i = 0; i < pr->completed_count; i++) {
        bool found = false;
        for (int k = 0; k < out->level_count && !found; k++)
            found = strcmp(out->levels[k].id, pr->completed[i]) == 0;
        if (found || out->level_count == SAV_MAX_LEVELS || strlen(pr->completed[i]) > SAV_LEVEL_ID_MAX)
            continue;
        sav_level *l = &out->levels[out->level_count++];
        memset(l, 0, sizeof *l);
        snprintf(l->id, sizeof l->id, "%s", pr->completed[i]);
        l->state = SAV_LEVEL_COMPLETED;
    }
}

uint64_t game_progress_hash(const game *g, uint64_t h)
{
    const game_career *pr = &g->progress;
    const uint64_t prime = 0x100000001b3ULL;
    h = (h ^ (uint64_t)(uint32_t)pr->xp) * prime;
    for (int i = 0; i < pr->skill_count; i++)
        for (const char *c = pr->skills[i]; *c; c++) h = (h ^ (unsigned char)*c) * prime;
    for (int i = 0; i < pr->completed_count; i++)
        for (const char *c = pr->completed[i]; *c; c++) h = (h ^ (unsigned char)*c) * prime;
    for (int i = 0; i < pr->saved.skill_count; i++) {
        const sav_skill *s = &pr->saved.skills[i];
        uint32_t v[] = {(uint32_t)s->box, (uint32_t)s->due_day, s->right, s->wrong, s->mastered};
        for (size_t k = 0; k < sizeof v / sizeof *v; k++) h = (h ^ v[k]) * prime;
    }
    return h;
}
