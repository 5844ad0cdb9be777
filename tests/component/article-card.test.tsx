// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCard } from "@/components/article-card";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

describe("ArticleCard", () => {
  it("shows title link, date, author, reading time and description", () => {
    const { container } = render(<ArticleCard article={makeArticle()} author={makeAuthor()} />);
    expect(screen.getByRole("heading", { name: "Caring for Silver" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Caring for Silver" })).toHaveAttribute("href", "/articles/caring-for-silver");
    expect(container.querySelector("time")).toHaveAttribute("datetime", "2025-11-29");
    expect(container).toHaveTextContent("November 29, 2025");
    expect(container).toHaveTextContent("Isla Marrow");
    expect(container).toHaveTextContent("6 min read");
    expect(screen.getByText("How to keep sterling bright without wearing it away.")).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows the cover when there is one, and marks guests", () => {
    const withCover = makeArticle({ cover: { src: "/images/covers/silver.jpg", alt: "A tarnished silver ring" } });
    const cover = { src: "/images/covers/silver.jpg", hash: "0123456789abcdef", width: 1600, height: 1067, placeholder: { colour: "#776655", preview: "data:image/webp;base64,UklGRg==" } };
    const { container } = render(<ArticleCard article={withCover} author={guestAuthor} cover={cover} />);
    const img = container.querySelector("img");
    expect(img?.getAttribute("src")).toBe("/img/0123456789abcdef/720/silver.webp");
    expect(img?.getAttribute("width")).toBe("1600");
    // A later 3:2 cover, which loads lazily and fills its frame, waits on its colour alone.
    expect(img?.getAttribute("loading")).toBe("lazy");
    expect(img?.getAttribute("style")).toBe("background: rgb(119, 102, 85);");
    expect(img?.className).toContain("object-cover");
    expect(container).toHaveTextContent("(guest)");
  });

  it("keeps the blurred preview under the first cover, which a reader waits for", () => {
    const withCover = makeArticle({ cover: { src: "/images/covers/silver.jpg", alt: "A tarnished silver ring" } });
    const cover = { src: "/images/covers/silver.jpg", hash: "0123456789abcdef", width: 1600, height: 1067, placeholder: { colour: "#776655", preview: "data:image/webp;base64,UklGRg==" } };
    const { container } = render(<ArticleCard article={withCover} author={guestAuthor} cover={cover} priority />);
    const img = container.querySelector("img");
    expect(img?.getAttribute("loading")).toBe("eager");
    expect(img?.getAttribute("style")).toContain('url("data:image/webp;base64,UklGRg==")');
    expect(img?.getAttribute("style")).toContain("rgb(119, 102, 85)");
  });

  it("keeps the blurred preview under a later cover of another shape, which stays on it in the 3:2 frame", () => {
    const withCover = makeArticle({ cover: { src: "/images/covers/wide.jpg", alt: "A wide bench" } });
    const cover = { src: "/images/covers/wide.jpg", hash: "0123456789abcdef", width: 1920, height: 1080, placeholder: { colour: "#776655", preview: "data:image/webp;base64,UklGRg==" } };
    const { container } = render(<ArticleCard article={withCover} author={guestAuthor} cover={cover} />);
    const img = container.querySelector("img");
    expect(img?.getAttribute("loading")).toBe("lazy");
    expect(img?.className).toContain("object-contain");
    expect(img?.getAttribute("style")).toContain('url("data:image/webp;base64,UklGRg==")');
  });

  it("shows a cover of another shape whole in the 3:2 frame, never cropped", () => {
    const withCover = makeArticle({ cover: { src: "/images/covers/wide.jpg", alt: "A wide bench" } });
    const cover = { src: "/images/covers/wide.jpg", hash: "0123456789abcdef", width: 1920, height: 1080 };
    const { container } = render(<ArticleCard article={withCover} author={guestAuthor} cover={cover} />);
    expect(container.querySelector("img")?.className).toContain("object-contain");
  });

  it("badges a draft as a draft", () => {
    const { container } = render(<ArticleCard article={makeArticle({ status: "draft" })} author={makeAuthor()} />);
    expect(screen.getByText("Draft — not published")).toBeInTheDocument();
    expect(container.querySelector("[data-status]")).toHaveAttribute("data-status", "draft");
  });

  it("badges a scheduled article as scheduled", () => {
    const { container } = render(<ArticleCard article={makeArticle({ status: "scheduled", date: "2099-01-15" })} author={makeAuthor()} />);
    expect(screen.getByText("Scheduled — not yet published")).toBeInTheDocument();
    expect(container.querySelector("[data-status]")).toHaveAttribute("data-status", "scheduled");
    expect(container).not.toHaveTextContent("Draft");
  });

  it("gives a published article no badge", () => {
    const { container } = render(<ArticleCard article={makeArticle()} author={makeAuthor()} />);
    expect(container.querySelector("[data-status]")).toBeNull();
    expect(container).not.toHaveTextContent(/Draft|Scheduled/);
  });
});
