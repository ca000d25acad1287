sitrepSearchData("terms/t-eur",{"eurasian":"ELQc8","europe":"FFSl8zJT46","european":"ELQc8"});
