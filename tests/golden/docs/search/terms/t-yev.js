sitrepSearchData("terms/t-yev",{"yevgeny":"WFZl8"});
