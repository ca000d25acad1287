sitrepSearchData("terms/t-51",{"51":"QNXd8ASP02"});
