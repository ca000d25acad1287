sitrepSearchData("terms/t-mut",{"mutiny":"WFZl8"});
