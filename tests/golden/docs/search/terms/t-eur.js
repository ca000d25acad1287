sitrepSearchData("terms/t-eur",{"eurasian":"ELQc8","europe":"ITJp6EXRp8","european":"ELQc8"});
