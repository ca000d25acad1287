sitrepSearchData("terms/t-gem",{"gem":"DTIn2"});
