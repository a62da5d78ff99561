/* game_progress: the player's skills, XP, levels won and rank, and the
 * progress handed to main to save. The save is written outside the
 * simulation: the game only says when a safe point was reached.
 *
 * A skill is taught (an orb, a mentor, a level's grants), then held once one
 * of its exercises is answered right as well: taught alone, it is still
 * being learned. Gates, ranks and the count on the HUD read held skills. */
#include "game_internal.h"
#include "review.h"

#include <stdio.h>
#include <string.h>

bool game_grant_skill(game *g, const char *skill)
{
    game_career *pr = &g->progress;
    if (game_skill_taught(g, skill)) return true;
    if (pr->skill_count == GAME_MAX_SKILLS || strlen(skill) >= sizeof pr->skills[0]) return false;
    sav_skill *s = game_skill_state(g, skill);
    if (!s) return false;
    snprintf(pr->skills[pr->skill_count++], sizeof pr->skills[0], "%s", skill);
    rev_teach(s, pr->minute);
    pr->save_wanted = true; /* a safe point: a skill is never lost */
    return true;
}

bool game_hold_skill(game *g, const char *skill)
{
    scr_skill_info info;
    if (!scr_catalogue_find(g->catalogue, skill, &info) || !game_grant_skill(g, skill)) return false;
    sav_skill *s = game_skill_state(g, skill);
    if (!s) return false;
    s->held = true;
    if (s->right == 0) s->right = 1;
    game_mark_goals(g, LVL_GOAL_COLLECT, skill, false);
    game_update_rank(g, false);
    return true;
}

bool game_skill_taught(const game *g, const char *skill)
{
    for (int i = 0; i < g->progress.skill_count; i++)
        if (strcmp(g->progress.skills[i], skill) == 0) return true;
    return false;
}

bool game_has_skill(const game *g, const char *skill)
{
    const sav_skill *s = game_skill_find(g, skill);
    return s && s->held && game_skill_taught(g, skill);
}

bool game_skill_learning(const game *g, const char *skill)
{
    return game_skill_taught(g, skill) && !game_has_skill(g, skill);
}

/* The held skills' ids, for the rank rule. */
static int game_held_ids(const game *g, char out[][32], int max)
{
    int n = 0;
    for (int i = 0; i < g->progress.skill_count && n < max; i++)
        if (game_has_skill(g, g->progress.skills[i]))
            snprintf(out[n++], sizeof out[0], "%s", g->progress.skills[i]);
    return n;
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
    int n = 0;
    for (int i = 0; i < g->progress.skill_count; i++) n += game_has_skill(g, g->progress.skills[i]);
    return n;
}

int game_learning_count(const game *g)
{
    return g->progress.skill_count - game_skill_count(g);
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

static bool game_rank_won(void *user, const char *level_id)
{
    return game_won(user, level_id);
}

/* Quests whose every level (shipped and from packs) is won. */
int game_quests_complete(const game *g)
{
    const game_index *ix = &g->index;
    int complete = 0;
    for (int i = 0; i < ix->count; i++) {
        if (!ix->info[i].readable) continue;
        bool first = true, all = true;
        for (int k = 0; k < i && first; k++)
            first = !ix->info[k].readable || strcmp(ix->info[k].quest, ix->info[i].quest) != 0;
        if (!first || strcmp(ix->info[i].quest, "hub") == 0) continue;
        for (int k = i; k < ix->count && all; k++)
            if (ix->info[k].readable && strcmp(ix->info[k].quest, ix->info[i].quest) == 0)
                all = game_won(g, ix->info[k].id);
        complete += all;
    }
    return complete;
}

void game_rank_needs(const game *g, char *out, size_t size)
{
    const scr_rank *r = &g->progress.rank;
    if (!r->next_title) {
        snprintf(out, size, "You hold the top rank: the architect who draws the blueprint.");
        return;
    }
    char needs[300] = "";
    size_t used = 0;
    const int counts[] = {r->need_developer, r->need_engineer, r->need_mastered, r->need_quests};
    const char *one[] = {"more developer skill held", "more engineer skill held",
                         "more skill mastered", "more quest completed"};
    const char *many[] = {"more developer skills held", "more engineer skills held",
                          "more skills mastered", "more quests completed"};
    for (int i = 0; i < 4; i++) {
        if (counts[i] <= 0 || used >= sizeof needs) continue;
        int n = snprintf(needs + used, sizeof needs - used, "%s%d %s", used ? ", " : "", counts[i],
                         counts[i] == 1 ? one[i] : many[i]);
        if (n > 0) used += (size_t)n;
    }
    if (r->need_passed && used < sizeof needs)
        snprintf(needs + used, sizeof needs - used, "%s%s", used ? ", and " : "", r->need_passed);
    snprintf(out, size, "Next rank, %s: %s.", r->next_title, needs[0] ? needs : "within reach");
}

void game_update_rank(game *g, bool celebrate)
{
    game_career *pr = &g->progress;
    static char held[GAME_MAX_SKILLS][32]; /* 8 KB: off the stack; the game is single-threaded */
    scr_rank_facts facts = {held, game_held_ids(g, held, GAME_MAX_SKILLS), game_mastered_count(g),
                            game_quests_complete(g), game_rank_won, g};
    scr_rank rank = scr_catalogue_rank(g->catalogue, &facts);
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
    /* Taught, in the order the save lists them (a save from before format 3
     * reads every skill it held as taught, and held). */
    for (int i = 0; i < from->skill_count && pr->skill_count < GAME_MAX_SKILLS; i++) {
        const sav_skill *s = &pr->saved.skills[i];
        if (s->taught)
            snprintf(pr->skills[pr->skill_count++], sizeof pr->skills[0], "%s", s->id);
    }
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

void game_record_win(game *g, const char *level_id)
{
    game_career *pr = &g->progress;
    sav_progress *p = &pr->saved;
    if (strlen(level_id) > SAV_LEVEL_ID_MAX) return;
    sav_level *l = NULL;
    for (int i = 0; i < p->level_count && !l; i++)
        if (strcmp(p->levels[i].id, level_id) == 0) l = &p->levels[i];
    if (!l && p->level_count < SAV_MAX_LEVELS) {
        l = &p->levels[p->level_count++];
        memset(l, 0, sizeof *l);
        snprintf(l->id, sizeof l->id, "%s", level_id);
        l->won_day = -1;
    }
    if (!l) return;
    l->state = SAV_LEVEL_COMPLETED;
    if (l->won_day < 0) l->won_day = pr->today;
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
    /* Taught and held as the session has it: a hot reload can take back a skill. */
    for (int i = 0; i < pr->skill_count; i++) game_skill_state(g, pr->skills[i]);
    for (int i = 0; i < pr->saved.skill_count; i++) {
        sav_skill *s = &pr->saved.skills[i];
        s->taught = game_skill_taught(g, s->id);
        s->held = s->held && s->taught;
    }
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
        l->won_day = -1;
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
        uint32_t v[] = {(uint32_t)s->box, (uint32_t)s->due_day, s->right, s->wrong, s->mastered,
                        s->held, s->taught};
        for (size_t k = 0; k < sizeof v / sizeof *v; k++) h = (h ^ v[k]) * prime;
    }
    return h;
}
