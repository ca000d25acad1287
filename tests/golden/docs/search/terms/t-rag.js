sitrepSearchData("terms/t-rag",{"raged":"NRB88"});
