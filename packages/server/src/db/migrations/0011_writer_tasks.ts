import type { Knex } from 'knex';

// Writing tasks carry their own brief (the writer reads the task, not the idea it came from, so a task made on its
// own and an edited task work the same), the cluster they serve, and why they failed or were cancelled. Tasks made
// from ideas before this migration take their idea's brief.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    alter table tasks
      add column cluster_id uuid references clusters (id) on delete set null,
      add column status_reason text,
      add column primary_keyword text,
      add column secondary_keywords jsonb not null default '[]',
      add column structure text not null default 'article',
      add column content_type text not null default 'post',
      add column target_words integer not null default 1500;
    update tasks t
       set cluster_id = i.cluster_id, primary_keyword = i.primary_keyword, secondary_keywords = i.secondary_keywords,
           structure = i.structure, content_type = i.content_type,
           target_words = greatest(100, least(20000, i.target_words))
      from ideas i
     where i.id = t.idea_id;
    alter table tasks
      add constraint tasks_structure check (structure in ('article','guide','listicle','comparison','review','how_to','cluster_hub')),
      add constraint tasks_content_type check (content_type in ('post','page','product','taxonomy')),
      add constraint tasks_target_words check (target_words between 100 and 20000);
    create index tasks_idea_id_index on tasks (idea_id);
    create index tasks_cluster_id_index on tasks (cluster_id);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    drop index tasks_cluster_id_index;
    drop index tasks_idea_id_index;
    alter table tasks
      drop column target_words, drop column content_type, drop column structure, drop column secondary_keywords,
      drop column primary_keyword, drop column status_reason, drop column cluster_id;
  `);
}
