sitrepSearchData("terms/t-t",{"t":"DTIn2"});
