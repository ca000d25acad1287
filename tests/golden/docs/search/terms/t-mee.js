sitrepSearchData("terms/t-mee",{"meeting":"FFSl8GONh8NTd8"});
