import type { Listing } from "@/lib/listing";
import { ArticleCard } from "./ArticleCard";
import { Pagination } from "./Pagination";

/** A listing page: its title (the h1), an optional introduction, the article cards, the pages. */
export function ArticleList({ listing }: { listing: Listing }) {
  return (
    <>
      <h1 className="listing-title">{listing.title}</h1>
      {listing.intro ? <p className="listing-intro">{listing.intro}</p> : null}
      <div className="cards">
        {listing.articles.map((article) => (
          <ArticleCard key={article.id} article={article} />
        ))}
      </div>
      <Pagination listing={listing} />
    </>
  );
}
