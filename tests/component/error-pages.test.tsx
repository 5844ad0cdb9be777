// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/search/error";

/** An error as a failing server render would throw it: a message and stack full of paths and data. */
function leakyError() {
  const error = new Error("ENOENT: no such file or directory, open '/srv/journal/content/articles/secret-draft.md'") as Error & { digest: string };
  error.stack = `${error.message}\n    at loadArticle (/srv/journal/lib/content/load.ts:142:11)\n    at async Page (webpack-internal:///./app/page.tsx:9:5)`;
  error.digest = "2817433981";
  return error;
}

const LEAKS = /ENOENT|secret-draft|\/srv\/|load\.ts|webpack-internal|at loadArticle/;

describe("the search page's error boundary", () => {
  it("apologises, offers a retry and the log reference, and never shows the message or stack", () => {
    const retry = vi.fn();
    const { container } = render(<ErrorPage error={leakyError()} retry={retry} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Something went wrong");
    expect(screen.getByRole("link", { name: "the list of articles" })).toHaveAttribute("href", "/");
    expect(screen.getByText(/2817433981/)).toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(LEAKS);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("copes with a thrown value that is not an Error", () => {
    render(<ErrorPage error="a string was thrown" retry={() => {}} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Something went wrong");
    expect(screen.queryByText(/a string was thrown|reference/)).not.toBeInTheDocument();
  });
});
