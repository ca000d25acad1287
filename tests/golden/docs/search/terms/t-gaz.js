sitrepSearchData("terms/t-gaz",{"gaz":"QNXd8ASP02"});
