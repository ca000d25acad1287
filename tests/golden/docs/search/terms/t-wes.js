sitrepSearchData("terms/t-wes",{"western":"NRB8gyNHb8xIOvxoBJOi8"});
