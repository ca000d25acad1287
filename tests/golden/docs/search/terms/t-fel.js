sitrepSearchData("terms/t-fel",{"fell":"FFSl8GONh8","fellow":"ELQc8Wy9gyFVt8ARR68ILPf8"});
