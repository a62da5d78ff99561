/* progress_report: `skillquest --progress`, the player's progress printed
 * for a teacher or a script, from the save alone: nothing is started,
 * changed or locked. Skills by their card names (the catalogue), their state
 * in words, right and wrong answers, the last and the next review; levels
 * won with the day; the rank as the game works it out. Text for people, CSV
 * and JSON for collecting a class's progress (both described in README). */
#include "progress_report.h"

#include "save.h"
#include "script.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#define PR_FORMAT_VERSION 1

/* Day counts as ISO dates (Howard Hinnant's civil_from_days). */
static void pr_date(int32_t day, char *out, size_t size)
{
    if (day < 0) {
        snprintf(out, size, "%s", "");
        return;
    }
    int64_t z = (int64_t)day + 719468;
    int64_t era = z / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    /* Day counts are at most SAV_DAY_MAX (year 29349): these fit, month and day in two digits. */
    snprintf(out, size, "%04d-%02d-%02d", (int)(y % 100000), (int)(m % 100), (int)(d % 100));
}

static const char *pr_state(const sav_skill *s)
{
    if (!s->taught && !s->held) return NULL; /* answered, never taught: not progress yet */
    if (!s->held) return "learning";
    return s->mastered ? "mastered" : "held";
}

/* CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
static void pr_csv(FILE *out, const char *text)
{
    if (!strpbrk(text, ",\"\r\n")) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    for (const char *c = text; *c; c++) {
        if (*c == '"') fputc('"', out);
        fputc(*c, out);
    }
    fputc('"', out);
}

static void pr_json(FILE *out, const char *text)
{
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"' || *c == '\\') fprintf(out, "\\%c", *c);
        else if (*c < 0x20) fprintf(out, "\\u%04x", *c);
        else fputc(*c, out);
    }
    fputc('"', out);
}

typedef struct {
    const sav_skill *save;
    const char *state;
    scr_skill_info info; /* name, field, side; the id when the catalogue has none */
    char last[24], next[24];
} pr_skill;

static int pr_collect(const sav_progress *p, scr_catalogue *cat, pr_skill *out)
{
    int n = 0;
    for (int i = 0; i < p->skill_count; i++) {
        const sav_skill *s = &p->skills[i];
        const char *state = pr_state(s);
        if (!state) continue;
        pr_skill *k = &out[n++];
        k->save = s;
        k->state = state;
        if (!scr_catalogue_find(cat, s->id, &k->info)) {
            memset(&k->info, 0, sizeof k->info);
            snprintf(k->info.id, sizeof k->info.id, "%s", s->id);
            snprintf(k->info.name, sizeof k->info.name, "%s", s->id);
            snprintf(k->info.field, sizeof k->info.field, "%s", "?");
        }
        pr_date(s->right + s->wrong > 0 ? s->last_day : -1, k->last, sizeof k->last);
        pr_date(s->due_day, k->next, sizeof k->next);
    }
    return n;
}

/* The rank the game worked out last (it saves its number), by title. */
static scr_rank pr_rank(const sav_progress *p, scr_catalogue *cat, int *mastered)
{
    *mastered = 0;
    for (int i = 0; i < p->skill_count; i++) *mastered += p->skills[i].held && p->skills[i].mastered;
    scr_rank r = {(int)p->rank, scr_catalogue_rank_title(cat, (int)p->rank), NULL, 0, 0, 0, 0, NULL,
                  NULL};
    if (!r.title) r.title = "?";
    return r;
}

static void pr_text(FILE *out, const sav_progress *p, const pr_skill *k, int n, scr_rank rank,
                    int mastered)
{
    char saved[16];
    pr_date(p->saved_at > 0 ? (int32_t)(p->saved_at / 86400) : -1, saved, sizeof saved);
    fprintf(out, "SkillQuest progress%s%s\n", saved[0] ? ", saved " : "", saved);
    fprintf(out, "Rank: %s; %" PRIu32 " XP; %d skill%s mastered\n", rank.title, p->xp, mastered,
            mastered == 1 ? "" : "s");
    fprintf(out, "\nSkills (%d):\n", n);
    if (n) fprintf(out, "  %-24s %-14s %-9s %-9s %5s %5s  %-10s  %s\n", "skill", "field", "side",
                   "state", "right", "wrong", "last", "next");
    for (int i = 0; i < n; i++)
        fprintf(out, "  %-24s %-14s %-9s %-9s %5" PRIu32 " %5" PRIu32 "  %-10s  %s\n",
                k[i].info.name, k[i].info.field, k[i].info.engineer ? "engineer" : "developer",
                k[i].state, k[i].save->right, k[i].save->wrong, k[i].last[0] ? k[i].last : "-",
                k[i].next);
    int won = 0;
    for (int i = 0; i < p->level_count; i++) won += p->levels[i].state == SAV_LEVEL_COMPLETED;
    fprintf(out, "\nLevels won (%d):\n", won);
    for (int i = 0; i < p->level_count; i++) {
        if (p->levels[i].state != SAV_LEVEL_COMPLETED) continue;
        char day[16];
        pr_date(p->levels[i].won_day, day, sizeof day);
        fprintf(out, "  %-32s %s\n", p->levels[i].id, day[0] ? day : "(day not recorded)");
    }
}

static void pr_csv_row(FILE *out, const char *const *cells, int count)
{
    for (int i = 0; i < count; i++) {
        if (i) fputc(',', out);
        pr_csv(out, cells[i] ? cells[i] : "");
    }
    fputc('\n', out);
}

static void pr_csv_all(FILE *out, const sav_progress *p, const pr_skill *k, int n, scr_rank rank,
                       int mastered)
{
    static const char *const header[] = {"record", "id", "name", "field", "side", "state",
                                         "right", "wrong", "last_review", "next_review", "day"};
    pr_csv_row(out, header, 11);
    char xp[24], count[24];
    snprintf(xp, sizeof xp, "%" PRIu32, p->xp);
    snprintf(count, sizeof count, "%d", mastered);
    /* The rank row: its title as the name, XP in right, skills mastered in wrong. */
    const char *rank_row[] = {"rank", "", rank.title, "", "", "", xp, count, "", "", ""};
    pr_csv_row(out, rank_row, 11);
    for (int i = 0; i < n; i++) {
        char right[24], wrong[24];
        snprintf(right, sizeof right, "%" PRIu32, k[i].save->right);
        snprintf(wrong, sizeof wrong, "%" PRIu32, k[i].save->wrong);
        const char *row[] = {"skill", k[i].info.id, k[i].info.name, k[i].info.field,
                             k[i].info.engineer ? "engineer" : "developer", k[i].state, right,
                             wrong, k[i].last, k[i].next, ""};
        pr_csv_row(out, row, 11);
    }
    for (int i = 0; i < p->level_count; i++) {
        if (p->levels[i].state != SAV_LEVEL_COMPLETED) continue;
        char day[16];
        pr_date(p->levels[i].won_day, day, sizeof day);
        const char *row[] = {"level", p->levels[i].id, "", "", "", "won", "", "", "", "", day};
        pr_csv_row(out, row, 11);
    }
}

static void pr_json_all(FILE *out, const sav_progress *p, const pr_skill *k, int n, scr_rank rank,
                        int mastered)
{
    fprintf(out, "{\n  \"format\": %d,\n  \"rank\": {\"index\": %d, \"title\": ", PR_FORMAT_VERSION,
            rank.index);
    pr_json(out, rank.title);
    fprintf(out, "},\n  \"xp\": %" PRIu32 ",\n  \"mastered\": %d,\n  \"skills\": [", p->xp, mastered);
    for (int i = 0; i < n; i++) {
        fprintf(out, "%s\n    {\"id\": ", i ? "," : "");
        pr_json(out, k[i].info.id);
        fputs(", \"name\": ", out);
        pr_json(out, k[i].info.name);
        fputs(", \"field\": ", out);
        pr_json(out, k[i].info.field);
        fprintf(out, ", \"side\": \"%s\", \"state\": \"%s\", \"right\": %" PRIu32
                     ", \"wrong\": %" PRIu32 ", \"last_review\": ",
                k[i].info.engineer ? "engineer" : "developer", k[i].state, k[i].save->right,
                k[i].save->wrong);
        if (k[i].last[0]) pr_json(out, k[i].last);
        else fputs("null", out);
        fputs(", \"next_review\": ", out);
        pr_json(out, k[i].next);
        fputc('}', out);
    }
    fputs(n ? "\n  ],\n  \"levels\": [" : "],\n  \"levels\": [", out);
    bool first = true;
    for (int i = 0; i < p->level_count; i++) {
        if (p->levels[i].state != SAV_LEVEL_COMPLETED) continue;
        char day[16];
        pr_date(p->levels[i].won_day, day, sizeof day);
        fprintf(out, "%s\n    {\"id\": ", first ? "" : ",");
        pr_json(out, p->levels[i].id);
        fputs(", \"won\": ", out);
        if (day[0]) pr_json(out, day);
        else fputs("null", out);
        fputc('}', out);
        first = false;
    }
    fputs(first ? "]\n}\n" : "\n  ]\n}\n", out);
}

int progress_report(FILE *out, FILE *err, const char *data_root, const char *save_dir,
                    cli_format format)
{
    static sav_progress p; /* large: off the stack */
    sav_report report;
    bool from_file = sav_load(save_dir, &p, &report);
    if (!from_file && report.code == SAV_UNREADABLE) {
        fprintf(err, "skillquest: %s\n", report.message);
        return 1;
    }
    char cat_err[600];
    scr_catalogue *cat = scr_catalogue_load(data_root, NULL, 0, cat_err, sizeof cat_err);
    if (!cat) {
        fprintf(err, "skillquest: %s\n", cat_err);
        return 1;
    }
    if (!from_file) fprintf(err, "skillquest: no progress saved in %s yet\n", save_dir);
    static pr_skill skills[SAV_MAX_SKILLS];
    int n = pr_collect(&p, cat, skills);
    int mastered;
    scr_rank rank = pr_rank(&p, cat, &mastered);
    if (format == CLI_FORMAT_CSV) pr_csv_all(out, &p, skills, n, rank, mastered);
    else if (format == CLI_FORMAT_JSON) pr_json_all(out, &p, skills, n, rank, mastered);
    else pr_text(out, &p, skills, n, rank, mastered);
    scr_catalogue_free(cat);
    return ferror(out) ? 1 : 0;
}
