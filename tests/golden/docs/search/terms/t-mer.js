sitrepSearchData("terms/t-mer",{"mercenaries":"WFZl2","mercenary":"WFZla"});
