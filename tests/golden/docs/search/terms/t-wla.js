sitrepSearchData("terms/t-wla",{"wladimir":"QUH02"});
