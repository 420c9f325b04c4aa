import type { Article } from "@broadsheet/article";
import { ArticleCard } from "./ArticleCard";

/** A listing page: its title (the h1), an optional introduction, and the article cards. */
export function ArticleList(props: { title: string; intro?: string; articles: Article[] }) {
  return (
    <>
      <h1 className="listing-title">{props.title}</h1>
      {props.intro ? <p className="listing-intro">{props.intro}</p> : null}
      <div className="cards">
        {props.articles.map((article) => (
          <ArticleCard key={article.id} article={article} />
        ))}
      </div>
    </>
  );
}
