import { z } from "zod";

/*
 * JSON Feed (https://www.jsonfeed.org/version/1.1/), versions 1 and 1.1, as a schema: what a
 * reader may rely on. Unknown keys are allowed, as the spec allows extensions.
 */
const url = z.url({ protocol: /^https?$/ });
// RFC 3339: a full date and time with an offset.
const date = z.iso.datetime({ offset: true });

const author = z.object({ name: z.string().min(1).optional(), url: url.optional(), avatar: url.optional() }).refine((a) => a.name ?? a.url ?? a.avatar, {
  message: "an author needs at least one of name, url, avatar",
});

const attachment = z.object({
  url,
  mime_type: z.string().min(1),
  title: z.string().optional(),
  size_in_bytes: z.number().optional(),
  duration_in_seconds: z.number().optional(),
});

export const jsonFeedItemSchema = z
  .object({
    id: z.string().min(1),
    url: url.optional(),
    external_url: url.optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: url.optional(),
    banner_image: url.optional(),
    date_published: date.optional(),
    date_modified: date.optional(),
    author: author.optional(),
    authors: z.array(author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
    attachments: z.array(attachment).optional(),
  })
  .refine((item) => item.content_html !== undefined || item.content_text !== undefined, { message: "an item needs content_html or content_text" });

export const jsonFeedSchema = z.object({
  version: z.enum(["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"]),
  title: z.string().min(1),
  home_page_url: url.optional(),
  feed_url: url.optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: url.optional(),
  icon: url.optional(),
  favicon: url.optional(),
  author: author.optional(),
  authors: z.array(author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(jsonFeedItemSchema),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;
