sitrepSearchData("terms/t-not",{"not":"NRB8xoCy48zTY68","noted":"NRB88"});
