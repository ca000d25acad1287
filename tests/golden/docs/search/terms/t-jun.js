sitrepSearchData("terms/t-jun",{"june":"WFZl8"});
