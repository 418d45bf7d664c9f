package org.casewise.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The one place where visibility is decided, for index queries and for reads from the database
 * alike. Every search, facet count, detail page and download goes through it.
 */
@ApplicationScoped
public class VisibilityPolicy {

    /** A filter on what this viewer may see; a match-all for entitled viewers. */
    public SearchPredicate filter(SearchPredicateFactory f, Viewer viewer) {
        if (viewer.entitledToRestricted()) {
            return f.matchAll().toPredicate();
        }
        return f.match().field("visibility").matching(Visibility.PUBLIC).toPredicate();
    }

    public boolean canRead(Review review, Viewer viewer) {
        return review.visibility == Visibility.PUBLIC || viewer.entitledToRestricted();
    }
}
