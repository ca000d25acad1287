sitrepSearchData("docs/d-2gd1",{"k":"organization","n":["CNN","Cable News Network"],"t":"CNN","u":"organizations/cnn.html","x":"US cable news network."});
