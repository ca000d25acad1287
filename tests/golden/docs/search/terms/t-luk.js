sitrepSearchData("terms/t-luk",{"luke":"ELQc2JzL68"});
