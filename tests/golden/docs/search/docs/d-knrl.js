sitrepSearchData("docs/d-knrl",{"k":"organization","n":["Reuters","Thomson Reuters"],"t":"Reuters","u":"organizations/reuters.html","x":"International news agency."});
